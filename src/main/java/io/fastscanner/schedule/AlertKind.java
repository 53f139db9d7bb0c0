package io.fastscanner.schedule;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an alert is about: a change between two scans of a symbol, or a screen rule's expression that the symbol
 * matched; written in JSON in lower case ({@code signal_flip}, ...). Each kind is also the kind of the alert rules that
 * raise it (io.fastscanner.rules).
 */
public enum AlertKind {
    /** BUY, SELL or HOLD changed. */
    SIGNAL_FLIP,
    /** Strength moved by at least {@code scanner.alerts.strength-delta} points. */
    STRENGTH_CHANGE,
    /** Price moved by at least {@code scanner.alerts.price-move-pct} percent. */
    PRICE_MOVE,
    /** RSI crossed 30 or 70. */
    RSI_CROSS,
    /** The deep analysis found another market regime. */
    REGIME_CHANGE,
    /** A screen rule's expression matched the symbol (io.fastscanner.rules). */
    SCREEN_MATCH;

    /** The kinds found by comparing a scan with the previous one: every kind but {@link #SCREEN_MATCH}. */
    public boolean isChange() {
        return this != SCREEN_MATCH;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

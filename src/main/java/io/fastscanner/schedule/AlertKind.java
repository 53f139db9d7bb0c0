package io.fastscanner.schedule;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What changed between two scans of a symbol; written in JSON in lower case ({@code signal_flip}, ...). */
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
    REGIME_CHANGE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

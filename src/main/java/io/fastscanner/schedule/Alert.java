package io.fastscanner.schedule;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * Something significant that changed for a symbol since the previous scan of it.
 *
 * @param id       strictly increasing; {@code GET /api/scanner/alerts?since=<id>} returns the newer ones
 * @param kind     {@code signal_flip}, {@code strength_change}, {@code price_move}, {@code rsi_cross} or
 *                 {@code regime_change}
 * @param previous the value in the previous scan, as text
 * @param current  the value now, as text
 */
@RegisterForReflection
public record Alert(long id, String scanId, String symbol, String timeframe, String kind, String message,
        String previous, String current, Instant timestamp) {

    public static final String SIGNAL_FLIP = "signal_flip";
    public static final String STRENGTH_CHANGE = "strength_change";
    public static final String PRICE_MOVE = "price_move";
    public static final String RSI_CROSS = "rsi_cross";
    public static final String REGIME_CHANGE = "regime_change";
}

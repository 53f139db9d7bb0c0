package io.fastscanner.marketdata;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where market data comes from, as {@code scanner.source} names it and as every row of a scan reports it in its
 * {@code exchange} field: recorded candles replayed as if live, the Binance spot API, or seeded synthetic markets.
 */
public enum Exchange {
    REPLAY,
    BINANCE,
    SYNTHETIC;

    /** The lower-case name used in configuration and JSON, e.g. {@code binance}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return id();
    }
}

package io.fastscanner.marketdata;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where market data comes from, as {@code scanner.source} names it and as every row of a scan reports it in its
 * {@code exchange} field: recorded candles replayed as if live, the spot API of Binance, Bybit, OKX, Coinbase, Kraken or KuCoin, or seeded
 * synthetic markets.
 */
public enum Exchange {
    REPLAY,
    BINANCE,
    BYBIT,
    OKX,
    COINBASE,
    KRAKEN,
    KUCOIN,
    SYNTHETIC;

    /** The live exchanges, whose public APIs are called over the network. */
    public boolean isLive() {
        return this != REPLAY && this != SYNTHETIC;
    }

    /** The exchange named {@code id} ({@code okx}, any case); empty for an unknown name. */
    public static Optional<Exchange> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(e -> e.id().equals(wanted)).findFirst();
    }

    /** Every id, comma-separated, for error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(Exchange::id).collect(Collectors.joining(", "));
    }

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

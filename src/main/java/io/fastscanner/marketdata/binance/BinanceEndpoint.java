package io.fastscanner.marketdata.binance;

/** The Binance REST endpoints this source calls, named as they appear in the {@code endpoint} metric tag. */
public enum BinanceEndpoint {
    EXCHANGE_INFO("exchangeInfo"),
    TICKER_24H("ticker24h"),
    KLINES("klines");

    private final String tag;

    BinanceEndpoint(String tag) {
        this.tag = tag;
    }

    /** The short name used in metrics and error messages. */
    public String tag() {
        return tag;
    }

    @Override
    public String toString() {
        return tag;
    }
}

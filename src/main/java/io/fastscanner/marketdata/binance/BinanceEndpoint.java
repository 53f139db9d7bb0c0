package io.fastscanner.marketdata.binance;

/**
 * The Binance REST endpoints this source calls, named as they appear in the {@code endpoint} metric tag, with
 * the request weight Binance documents for the way we call them.
 */
public enum BinanceEndpoint {
    EXCHANGE_INFO("exchangeInfo", 20),
    /** Without a symbol: every symbol at once. */
    TICKER_24H("ticker24h", 80),
    /** Any {@code limit} from 1 to 1000. */
    KLINES("klines", 2);

    private final String tag;
    private final int weight;

    BinanceEndpoint(String tag, int weight) {
        this.tag = tag;
        this.weight = weight;
    }

    /** The documented request weight of one call. */
    public int weight() {
        return weight;
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

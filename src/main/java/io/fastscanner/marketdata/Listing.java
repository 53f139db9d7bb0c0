package io.fastscanner.marketdata;

/**
 * A pair as one exchange lists it: {@code BTC/USDT} on OKX is another market than {@code BTC/USDT} on Binance, with
 * its own candles, signal, deep analysis, alerts and history.
 */
public record Listing(Exchange exchange, MarketSymbol symbol) {

    /** The spelling in keys and logs, e.g. {@code okx:BTC/USDT}. */
    public String key() {
        return exchange.id() + ":" + symbol;
    }

    @Override
    public String toString() {
        return key();
    }
}

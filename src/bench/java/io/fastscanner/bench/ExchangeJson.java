package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import java.util.Collection;

/** The simulated exchange's answers in Binance's documented shapes: exchangeInfo and the all-symbols 24 h ticker. */
final class ExchangeJson {

    private ExchangeJson() {}

    /** {@code /api/v3/exchangeInfo}: every symbol trading, with the request-weight limit per minute. */
    static byte[] exchangeInfo(Collection<MarketSymbol> symbols, int weightLimit, long serverTimeMs) {
        StringBuilder json = new StringBuilder("{\"timezone\":\"UTC\",\"serverTime\":")
                .append(serverTimeMs)
                .append(",\"rateLimits\":[{\"rateLimitType\":\"REQUEST_WEIGHT\",\"interval\":\"MINUTE\","
                        + "\"intervalNum\":1,\"limit\":")
                .append(weightLimit)
                .append("}],\"symbols\":[");
        boolean first = true;
        for (MarketSymbol s : symbols) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"symbol\":\"")
                    .append(s.exchangeSymbol())
                    .append("\",\"status\":\"TRADING\",")
                    .append("\"baseAsset\":\"")
                    .append(s.base())
                    .append("\",\"quoteAsset\":\"")
                    .append(s.quote())
                    .append("\",\"isSpotTradingAllowed\":true}");
        }
        return json.append("]}").toString().getBytes();
    }

    /** {@code /api/v3/ticker/24hr} without a symbol: one array of every ticker, closing at {@code nowMs}. */
    static byte[] tickers(Collection<Ticker24h> tickers, long nowMs) {
        StringBuilder json = new StringBuilder(tickers.size() * 400).append('[');
        boolean first = true;
        for (Ticker24h t : tickers) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"symbol\":\"")
                    .append(t.symbol().exchangeSymbol())
                    .append("\",\"priceChange\":\"0\",\"priceChangePercent\":\"")
                    .append(t.changePercent())
                    .append("\",\"weightedAvgPrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"prevClosePrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"lastPrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"lastQty\":\"1\",\"bidPrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"bidQty\":\"1\",\"askPrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"askQty\":\"1\",\"openPrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"highPrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"lowPrice\":\"")
                    .append(t.lastPrice())
                    .append("\",\"volume\":\"")
                    .append(t.quoteVolume() / t.lastPrice())
                    .append("\",\"quoteVolume\":\"")
                    .append(t.quoteVolume())
                    .append("\",\"openTime\":")
                    .append(nowMs - 86_400_000L)
                    .append(",\"closeTime\":")
                    .append(nowMs)
                    .append(",\"firstId\":1,\"lastId\":1000,\"count\":1000}");
        }
        return json.append(']').toString().getBytes();
    }
}

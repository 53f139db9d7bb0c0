package io.fastscanner.marketdata.exchanges.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code GET /0/public/Ticker} (https://docs.kraken.com/api-reference/market-data/get-ticker-information): without
 * {@code pair} it answers for every tradeable pair, keyed by internal pair name ({@code XXBTZUSD}), each
 * {@code {c: [last, lot volume], v: [today, last 24 h], p: [today, last 24 h], o: "today's open", ...}}.
 * <ul>
 * <li>last price: {@code c[0]};</li>
 * <li>quote volume: {@code v[1] * p[1]}, the base volume of the last 24 h times its volume-weighted average price
 * (Kraken gives no quote volume);</li>
 * <li>change: from {@code o}, which is <b>today's opening price, since 00:00 UTC</b> ("today's prices start at midnight
 * UTC", same page), not the price 24 h ago: shortly after midnight it covers minutes, late in the day nearly 24 h. The
 * ticker has no price of 24 h ago. 0 when the open is not positive;</li>
 * <li>as of: the answer carries no time, so the time it was read.</li>
 * </ul>
 */
final class KrakenTickers {

    private KrakenTickers() {}

    static List<Ticker24h> read(JsonNode body, Instruments instruments, long nowMs) {
        List<Ticker24h> tickers = new ArrayList<>();
        for (Map.Entry<String, JsonNode> row :
                KrakenAssets.result(body, "Ticker").properties()) {
            Optional<MarketSymbol> symbol = instruments.symbol(row.getKey());
            if (symbol.isEmpty()) {
                continue;
            }
            tickers.add(ticker(symbol.get(), row.getKey(), row.getValue(), nowMs));
        }
        return tickers;
    }

    private static Ticker24h ticker(MarketSymbol symbol, String pair, JsonNode t, long nowMs) {
        double last = JsonValues.decimal(element(t, "c", 0, pair), pair + " c[0] (last)");
        double open = JsonValues.decimal(t.get("o"), pair + " o (today's open)");
        double volume = JsonValues.decimal(element(t, "v", 1, pair), pair + " v[1] (24 h volume)");
        double vwap = JsonValues.decimal(element(t, "p", 1, pair), pair + " p[1] (24 h vwap)");
        double change = open > 0 ? (last - open) / open * 100 : 0;
        return new Ticker24h(symbol, last, change, volume * vwap, nowMs);
    }

    private static JsonNode element(JsonNode ticker, String field, int index, String pair) {
        JsonNode values = ticker.get(field);
        if (values == null || !values.isArray() || values.size() <= index) {
            throw new MalformedAnswerException(pair + " ticker has no " + field + "[" + index + "]");
        }
        return values.get(index);
    }
}

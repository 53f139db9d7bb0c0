package io.fastscanner.marketdata.exchanges.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KuCoin's 24 h tickers of every pair ({@code GET /api/v1/market/allTickers}, https://www.kucoin.com/docs-new, "Get
 * All Tickers"): {@code data.time} (ms) and {@code data.ticker[]} with {@code symbol}, {@code symbolName}, {@code last},
 * {@code changeRate} and {@code volValue}, numbers as strings. The statistics cover the last 24 hours (a rolling
 * window, like Binance's) but are "a snapshot every 2 seconds": {@code asOfMs} is the snapshot's {@code data.time},
 * which may be up to 2 s old. {@code changeRate} is a fraction rounded to four places ({@code "0.0089"} = 0.89 %), so
 * the change in percent has two decimals. {@code volValue} is the traded value in the quote currency ({@code vol} is
 * in the base currency). Rows of pairs that are not tradable, and rows without a last price, change or volume (a pair
 * without trades), are skipped.
 */
final class KucoinTickers {

    private KucoinTickers() {}

    static List<Ticker24h> read(JsonNode body, Instruments instruments, long nowMs) {
        JsonNode data = body.path("data");
        JsonNode time = data.get("time");
        long asOfMs = time == null || time.isNull() ? nowMs : JsonValues.integer(time, "time");
        List<Ticker24h> tickers = new ArrayList<>();
        for (JsonNode row : JsonValues.array(data.path("ticker"), "data.ticker")) {
            Optional<MarketSymbol> symbol = instruments
                    .symbol(JsonValues.text(row.get("symbol")))
                    .or(() -> instruments.symbol(JsonValues.text(row.get("symbolName"))));
            if (symbol.isEmpty()
                    || JsonValues.blank(row, "last")
                    || JsonValues.blank(row, "changeRate")
                    || JsonValues.blank(row, "volValue")) {
                continue;
            }
            tickers.add(new Ticker24h(
                    symbol.get(),
                    JsonValues.decimal(row.get("last"), "last"),
                    JsonValues.decimal(row.get("changeRate"), "changeRate") * 100,
                    JsonValues.decimal(row.get("volValue"), "volValue"),
                    asOfMs));
        }
        return tickers;
    }
}

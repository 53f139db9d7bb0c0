package io.fastscanner.marketdata.exchanges.okx;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code GET /api/v5/market/tickers?instType=SPOT} (docs: "Market Data / Get tickers"), every spot pair in one
 * answer: {@code last} (last traded price), {@code open24h} ("open price in the past 24 hours": a rolling 24 h window,
 * not the day's open, which OKX gives apart as {@code sodUtc0}/{@code sodUtc8}), {@code volCcy24h} (for SPOT "the
 * quantity in quote currency"; {@code vol24h} is the base quantity) and {@code ts} (when OKX made the snapshot, ms).
 * OKX sends no change percentage: it is {@code (last - open24h) / open24h * 100}. Rows of pairs that are not
 * tradable, and rows without a last price (a pair that has not traded yet), are skipped.
 */
final class OkxTickers {

    private OkxTickers() {}

    static List<Ticker24h> read(JsonNode body, Instruments instruments) {
        JsonNode rows = OkxEnvelope.data(body, "tickers");
        List<Ticker24h> tickers = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            Optional<MarketSymbol> symbol = instruments.symbol(JsonValues.text(row.get("instId")));
            if (symbol.isEmpty() || JsonValues.text(row.get("last")).isEmpty()) {
                continue;
            }
            double last = JsonValues.decimal(row.get("last"), "last");
            double open = JsonValues.decimal(row.get("open24h"), "open24h");
            double change = open > 0 ? (last - open) / open * 100 : 0;
            tickers.add(new Ticker24h(
                    symbol.get(),
                    last,
                    change,
                    JsonValues.decimal(row.get("volCcy24h"), "volCcy24h"),
                    JsonValues.integer(row.get("ts"), "ts")));
        }
        return tickers;
    }
}

package io.fastscanner.marketdata.exchanges.bybit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code GET /v5/market/tickers?category=spot} (https://bybit-exchange.github.io/docs/v5/market/tickers): one
 * row per spot pair when no {@code symbol} is given. Bybit's figures are a rolling 24 h ("Market price 24 hours ago",
 * "Percentage change of market price relative to 24h"), like Binance's, but:
 * <ul>
 * <li>{@code price24hPcnt} is a fraction ({@code "0.025861"} is +2.5861 %): multiplied by 100;</li>
 * <li>the quote volume is {@code turnover24h} ({@code volume24h} is in the base coin);</li>
 * <li>rows carry no time: the answer's {@code time} (server time, ms) is the instant described.</li>
 * </ul>
 * A row with an empty figure (a pair without trades yet) and a row of a pair not in the instruments list are skipped.
 */
final class BybitTickers {

    private BybitTickers() {}

    static List<Ticker24h> read(JsonNode body, Instruments instruments, long nowMs) {
        long asOf = BybitAnswers.serverTime(body).orElse(nowMs);
        List<Ticker24h> tickers = new ArrayList<>();
        for (JsonNode row : BybitAnswers.list(body, "tickers")) {
            Optional<MarketSymbol> symbol = instruments.symbol(JsonValues.text(row.get("symbol")));
            if (symbol.isEmpty()
                    || JsonValues.blank(row, "lastPrice")
                    || JsonValues.blank(row, "price24hPcnt")
                    || JsonValues.blank(row, "turnover24h")) {
                continue;
            }
            tickers.add(new Ticker24h(
                    symbol.get(),
                    JsonValues.decimal(row.get("lastPrice"), "lastPrice"),
                    JsonValues.decimal(row.get("price24hPcnt"), "price24hPcnt") * 100,
                    JsonValues.decimal(row.get("turnover24h"), "turnover24h"),
                    asOf));
        }
        return tickers;
    }
}

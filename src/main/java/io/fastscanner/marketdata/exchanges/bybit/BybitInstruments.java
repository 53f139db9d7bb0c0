package io.fastscanner.marketdata.exchanges.bybit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;

/**
 * Reads {@code GET /v5/market/instruments-info?category=spot}
 * (https://bybit-exchange.github.io/docs/v5/market/instrument): every spot pair in one answer ("Spot does not support
 * pagination, so limit, cursor are invalid"), each with {@code symbol} ({@code BTCUSDT}, the spelling of requests and
 * of ticker rows), {@code baseCoin}, {@code quoteCoin} and {@code status}. The pair is taken from the coins, not by
 * splitting the symbol, so quotes that {@link MarketSymbol#parse} does not know ({@code BTCBRZ}) are read right.
 * Only {@code status} {@value #TRADING} counts (spot lists no other status today, but the field is documented).
 * Bybit's coin names are the usual tickers: no renaming is needed.
 */
final class BybitInstruments {

    static final String TRADING = "Trading";

    private BybitInstruments() {}

    static Instruments read(JsonNode body) {
        Instruments.Builder pairs = Instruments.builder();
        for (JsonNode row : BybitAnswers.list(body, "instruments")) {
            if (!TRADING.equals(JsonValues.text(row.get("status")))) {
                continue;
            }
            String symbol = JsonValues.text(row.get("symbol"));
            String base = JsonValues.text(row.get("baseCoin"));
            String quote = JsonValues.text(row.get("quoteCoin"));
            if (symbol.isEmpty()) {
                throw new MalformedAnswerException("an instrument has no symbol: " + row);
            }
            try {
                pairs.add(MarketSymbol.of(base, quote), symbol);
            } catch (IllegalArgumentException e) {
                // an asset name MarketSymbol refuses (e.g. lower-case letters): the pair is not offered
            }
        }
        return pairs.build();
    }
}

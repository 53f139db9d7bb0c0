package io.fastscanner.marketdata.exchanges.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;

/**
 * KuCoin's spot pairs ({@code GET /api/v2/symbols}, https://www.kucoin.com/docs-new, "Get All Symbols"): objects with
 * {@code symbol} ({@code BTC-USDT}, "would not change after renaming"), {@code name} ("would change after renaming"),
 * {@code baseCurrency}, {@code quoteCurrency} and {@code enableTrading}. Only pairs with {@code enableTrading: true}
 * are kept. The pair is named by its currencies, the request by {@code symbol}; a different {@code name} is an alias,
 * since the tickers answer carries it too ({@code symbolName}). Spot uses the common asset codes (BTC, not the
 * futures' XBT), so no name is translated. Pairs whose currencies {@link MarketSymbol} refuses are skipped.
 */
final class KucoinInstruments {

    private KucoinInstruments() {}

    static Instruments read(JsonNode body) {
        Instruments.Builder builder = Instruments.builder();
        for (JsonNode pair : JsonValues.array(body.path("data"), "data")) {
            String symbol = JsonValues.text(pair.get("symbol"));
            if (symbol.isEmpty() || !pair.path("enableTrading").asBoolean(false)) {
                continue;
            }
            MarketSymbol marketSymbol;
            try {
                marketSymbol = MarketSymbol.of(
                        JsonValues.text(pair.get("baseCurrency")), JsonValues.text(pair.get("quoteCurrency")));
            } catch (IllegalArgumentException e) {
                continue;
            }
            builder.add(marketSymbol, symbol);
            String name = JsonValues.text(pair.get("name"));
            if (!name.isEmpty() && !name.equals(symbol)) {
                builder.alias(name, marketSymbol);
            }
        }
        return builder.build();
    }
}

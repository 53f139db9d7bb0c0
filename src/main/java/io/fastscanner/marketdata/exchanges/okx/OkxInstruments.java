package io.fastscanner.marketdata.exchanges.okx;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import java.util.Locale;

/**
 * Reads {@code GET /api/v5/public/instruments?instType=SPOT} (docs: "Public Data / Get instruments"): one row per spot
 * pair with {@code instId} ({@code BTC-USDT}, the spelling of requests and answers), {@code baseCcy},
 * {@code quoteCcy} and {@code state}. Only {@code live} pairs trade; {@code suspend}, {@code preopen} (listed, not yet
 * trading) and {@code test} pairs are left out. OKX names assets as everyone does ({@code BTC}, not {@code XBT}), so
 * names are only upper-cased. A pair whose asset names {@link MarketSymbol} refuses is skipped.
 */
final class OkxInstruments {

    static final String LIVE = "live";

    private OkxInstruments() {}

    static Instruments read(JsonNode body) {
        Instruments.Builder builder = Instruments.builder();
        for (JsonNode row : OkxEnvelope.data(body, "instruments")) {
            if (!LIVE.equals(JsonValues.text(row.get("state")))) {
                continue;
            }
            String instId = JsonValues.text(row.get("instId"));
            String base = JsonValues.text(row.get("baseCcy")).toUpperCase(Locale.ROOT);
            String quote = JsonValues.text(row.get("quoteCcy")).toUpperCase(Locale.ROOT);
            if (instId.isEmpty()) {
                continue;
            }
            try {
                builder.add(MarketSymbol.of(base, quote), instId);
            } catch (IllegalArgumentException e) {
                // an asset name MarketSymbol does not accept: the pair cannot be named in a scan
            }
        }
        return builder.build();
    }
}

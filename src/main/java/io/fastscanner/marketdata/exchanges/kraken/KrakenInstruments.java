package io.fastscanner.marketdata.exchanges.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code GET /0/public/AssetPairs} (https://docs.kraken.com/api-reference/market-data/get-tradable-asset-pairs):
 * {@code result} maps each internal pair name ({@code XXBTZUSD}) to {@code {altname: "XBTUSD", wsname: "XBT/USD",
 * base: "XXBT", quote: "ZUSD", status: "online", ...}}.
 * <ul>
 * <li>Only {@code status: "online"} pairs are tradable; {@code cancel_only}, {@code post_only}, {@code limit_only}
 * and {@code reduce_only} ones are left out.</li>
 * <li>The pair is read from {@code wsname}, which has no legacy X/Z prefixes, with {@code XBT} and {@code XDG}
 * renamed ({@link KrakenAssets}); a pair without one, or with an asset {@link MarketSymbol} refuses
 * ({@code ETH2.S/ETH}), is skipped.</li>
 * <li>Requests name the pair by {@code altname} ({@code XBTUSD}); answers key it by the internal name
 * ({@code XXBTZUSD}) when asked for every pair or for a legacy pair: that name is an alias, and so is {@code wsname}.</li>
 * </ul>
 */
final class KrakenInstruments {

    private static final String ONLINE = "online";

    private KrakenInstruments() {}

    static Instruments read(JsonNode body) {
        Instruments.Builder builder = Instruments.builder();
        for (Map.Entry<String, JsonNode> pair :
                KrakenAssets.result(body, "AssetPairs").properties()) {
            JsonNode info = pair.getValue();
            String altname = JsonValues.text(info.get("altname"));
            String wsname = JsonValues.text(info.get("wsname"));
            if (!ONLINE.equals(JsonValues.text(info.get("status"))) || altname.isEmpty()) {
                continue;
            }
            Optional<MarketSymbol> symbol = KrakenAssets.fromWsname(wsname);
            if (symbol.isEmpty()) {
                continue;
            }
            builder.add(symbol.get(), altname)
                    .alias(pair.getKey(), symbol.get())
                    .alias(wsname, symbol.get());
        }
        return builder.build();
    }
}

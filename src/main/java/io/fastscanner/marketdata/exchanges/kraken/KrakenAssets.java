package io.fastscanner.marketdata.exchanges.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import java.util.Map;
import java.util.Optional;

/**
 * Kraken's own names of assets and pairs. Its REST answers are keyed by internal pair names built from legacy asset
 * codes ({@code XXBTZUSD}: {@code XXBT} + {@code ZUSD}, X for crypto and Z for fiat, on Kraken's older assets; newer
 * ones have none: {@code SOLUSD}). The pair's {@code wsname} ({@code XBT/USD}) drops those
 * prefixes but keeps Kraken's own codes of two assets: {@code XBT} for bitcoin and {@code XDG} for dogecoin (ccxt's
 * {@code commonCurrencies} maps the same two). Every answer wraps its data in {@code result}.
 */
final class KrakenAssets {

    /** Kraken's codes that differ from everyone else's, and the common ones. */
    private static final Map<String, String> COMMON = Map.of("XBT", "BTC", "XDG", "DOGE");

    private KrakenAssets() {}

    /** The common code of a Kraken asset as {@code wsname} spells it: {@code XBT} is {@code BTC}. */
    static String common(String krakenAsset) {
        return COMMON.getOrDefault(krakenAsset, krakenAsset);
    }

    /**
     * The pair a {@code wsname} such as {@code XBT/USD} stands for; empty when it has no slash or names an asset
     * {@link MarketSymbol} refuses (e.g. {@code ETH2.S}).
     */
    static Optional<MarketSymbol> fromWsname(String wsname) {
        int slash = wsname.indexOf('/');
        if (slash <= 0 || slash != wsname.lastIndexOf('/') || slash == wsname.length() - 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(
                    MarketSymbol.of(common(wsname.substring(0, slash)), common(wsname.substring(slash + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The {@code result} object of an answer. */
    static JsonNode result(JsonNode body, String what) {
        JsonNode result = body == null ? null : body.get("result");
        if (result == null || !result.isObject()) {
            throw new MalformedAnswerException(what + " answer has no result object");
        }
        return result;
    }
}

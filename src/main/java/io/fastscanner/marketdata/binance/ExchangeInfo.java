package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.UpstreamException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * The tradable spot symbols of one {@code /api/v3/exchangeInfo} answer, in both spellings: the exchange's
 * {@code BTCUSDT} and {@code BTC/USDT}, built from each symbol's {@code baseAsset}/{@code quoteAsset} (never by
 * guessing where the quote starts).
 *
 * @param fetchedAt when the answer was received (by the source's clock)
 */
record ExchangeInfo(
        Map<String, MarketSymbol> byExchangeSymbol,
        Map<MarketSymbol, String> exchangeSymbols,
        Set<MarketSymbol> symbols,
        Instant fetchedAt) {

    private static final Logger LOG = Logger.getLogger(ExchangeInfo.class);

    /**
     * Tradable = {@code status} is {@code TRADING} and {@code isSpotTradingAllowed} is true where the field is
     * present. Symbols whose assets {@link MarketSymbol} cannot represent are skipped (logged at debug level).
     *
     * @throws UpstreamException reason {@code malformed_response} if the body has no {@code symbols} array
     */
    static ExchangeInfo parse(JsonNode body, Instant fetchedAt) {
        JsonNode list = body.path("symbols");
        if (!list.isArray()) {
            throw BinanceEndpoint.EXCHANGE_INFO.malformed("no symbols array");
        }
        Map<String, MarketSymbol> byExchange = new HashMap<>();
        Map<MarketSymbol, String> toExchange = new HashMap<>();
        for (JsonNode entry : list) {
            String exchangeSymbol = entry.path("symbol").asText("");
            String base = entry.path("baseAsset").asText("");
            String quote = entry.path("quoteAsset").asText("");
            if (exchangeSymbol.isEmpty() || base.isEmpty() || quote.isEmpty()) {
                throw BinanceEndpoint.EXCHANGE_INFO.malformed("symbol entry without symbol/baseAsset/quoteAsset");
            }
            JsonNode spot = entry.get("isSpotTradingAllowed");
            boolean tradable = "TRADING".equals(entry.path("status").asText())
                    && (spot == null || spot.isNull() || spot.asBoolean(false));
            if (!tradable) {
                continue;
            }
            MarketSymbol symbol;
            try {
                symbol = MarketSymbol.of(base, quote);
            } catch (IllegalArgumentException e) {
                LOG.debugf("Skipping %s: %s", exchangeSymbol, e.getMessage());
                continue;
            }
            byExchange.put(exchangeSymbol, symbol);
            toExchange.put(symbol, exchangeSymbol);
        }
        return new ExchangeInfo(
                Map.copyOf(byExchange),
                Map.copyOf(toExchange),
                Collections.unmodifiableSet(new TreeSet<>(toExchange.keySet())),
                fetchedAt);
    }

    Optional<String> exchangeSymbol(MarketSymbol symbol) {
        return Optional.ofNullable(exchangeSymbols.get(symbol));
    }

    Optional<MarketSymbol> symbol(String exchangeSymbol) {
        return Optional.ofNullable(byExchangeSymbol.get(exchangeSymbol));
    }
}

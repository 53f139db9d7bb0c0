package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.MarketSymbol;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tradable spot pairs of one exchange and how it spells them: {@code BTC/USDT} is {@code BTCUSDT} on Bybit,
 * {@code BTC-USDT} on OKX and KuCoin, {@code BTC-USD} on Coinbase, {@code XBTUSDT} on Kraken (whose answers are keyed by
 * other names still, e.g. {@code XXBTZUSD}: those are {@linkplain Builder#alias aliases}).
 */
public final class Instruments {

    private final Map<MarketSymbol, String> requestNames;
    private final Map<String, MarketSymbol> symbols;
    private final Instant fetchedAt;

    private Instruments(Map<MarketSymbol, String> requestNames, Map<String, MarketSymbol> symbols, Instant fetchedAt) {
        this.requestNames = Map.copyOf(requestNames);
        this.symbols = Map.copyOf(symbols);
        this.fetchedAt = fetchedAt;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The tradable pairs. */
    public Set<MarketSymbol> symbols() {
        return requestNames.keySet();
    }

    /** The exchange's spelling of {@code symbol} in requests; empty when it is not traded there. */
    public Optional<String> exchangeSymbol(MarketSymbol symbol) {
        return Optional.ofNullable(requestNames.get(symbol));
    }

    /** The pair an exchange spelling (request name or alias) stands for; empty when it is not a tradable pair. */
    public Optional<MarketSymbol> symbol(String exchangeSymbol) {
        return Optional.ofNullable(symbols.get(exchangeSymbol));
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    /** The same pairs, fetched at {@code when}. */
    Instruments fetchedAt(Instant when) {
        return new Instruments(requestNames, symbols, when);
    }

    public int size() {
        return requestNames.size();
    }

    /** Collects the pairs of an instruments answer. */
    public static final class Builder {
        private final Map<MarketSymbol, String> requestNames = new TreeMap<>();
        private final Map<String, MarketSymbol> symbols = new HashMap<>();

        /** A tradable pair and its spelling in requests (which also reads back to it). */
        public Builder add(MarketSymbol symbol, String requestName) {
            requestNames.putIfAbsent(symbol, requestName);
            symbols.putIfAbsent(requestName, symbol);
            return this;
        }

        /** Another spelling the exchange uses for the pair in its answers. */
        public Builder alias(String otherName, MarketSymbol symbol) {
            symbols.putIfAbsent(otherName, symbol);
            return this;
        }

        public Instruments build() {
            return new Instruments(requestNames, symbols, Instant.EPOCH);
        }
    }
}

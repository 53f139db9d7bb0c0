package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 24 h tickers of one exchange while its streams run: the last ones a request brought (refreshed in the
 * background), with each streamed symbol's price replaced by the close of its latest streamed candle and its 24 h
 * change recomputed against the same 24 h-ago price. Thread-safe.
 */
final class LiveTickers {

    private record Fetched(Map<MarketSymbol, Ticker24h> tickers, long atMs) {}

    /** How long one merged map is reused: every symbol's signal at a candle close asks for it at once. */
    private static final long REUSE_MS = 250;

    private final Map<MarketSymbol, Double> streamedPrices = new ConcurrentHashMap<>();
    private volatile Fetched fetched;
    private volatile Fetched merged;

    void remember(Map<MarketSymbol, Ticker24h> tickers, long atMs) {
        fetched = new Fetched(Map.copyOf(tickers), atMs);
    }

    void price(MarketSymbol symbol, double close) {
        streamedPrices.put(symbol, close);
    }

    /** The tickers, when the last request is at most {@code maxAgeMs} old at {@code nowMs}. */
    Optional<Map<MarketSymbol, Ticker24h>> current(long nowMs, long maxAgeMs) {
        Fetched last = fetched;
        if (last == null || nowMs - last.atMs() > maxAgeMs) {
            return Optional.empty();
        }
        Fetched reused = merged;
        if (reused != null
                && reused.atMs() <= nowMs
                && nowMs - reused.atMs() < REUSE_MS
                && reused.atMs() >= last.atMs()) {
            return Optional.of(reused.tickers());
        }
        Map<MarketSymbol, Ticker24h> tickers = new HashMap<>(last.tickers());
        streamedPrices.forEach(
                (symbol, price) -> tickers.computeIfPresent(symbol, (s, t) -> withPrice(t, price, nowMs)));
        Map<MarketSymbol, Ticker24h> frozen = Map.copyOf(tickers);
        merged = new Fetched(frozen, nowMs);
        return Optional.of(frozen);
    }

    static Ticker24h withPrice(Ticker24h ticker, double price, long nowMs) {
        double dayAgo = ticker.lastPrice() / (1 + ticker.changePercent() / 100);
        double change = dayAgo > 0 && Double.isFinite(dayAgo) ? (price / dayAgo - 1) * 100 : ticker.changePercent();
        return new Ticker24h(ticker.symbol(), price, change, ticker.quoteVolume(), nowMs);
    }
}

package io.fastscanner.marketdata;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each symbol's newest closed candles per timeframe until the next candle of that timeframe closes, so the
 * deep phase reuses what the quick scan fetched and repeated scans within one candle interval cost no requests.
 * A request for more candles than cached fetches again; concurrent requests for the same series share one fetch.
 */
public final class CachingMarketDataSource implements MarketDataSource {

    private record Key(MarketSymbol symbol, Timeframe timeframe) {
    }

    private record Entry(Uni<CandleSeries> series, int limit, long validUntilMs) {
    }

    private final MarketDataSource delegate;
    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
    private final int maxEntries;

    public CachingMarketDataSource(MarketDataSource delegate, int maxEntries) {
        this.delegate = delegate;
        this.maxEntries = maxEntries;
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        long now = delegate.now().toEpochMilli();
        Key key = new Key(symbol, timeframe);
        Entry entry = cache.compute(key, (k, cached) -> cached != null && cached.limit() >= limit
                && now < cached.validUntilMs() ? cached : fetch(k, limit, now));
        return entry.series().map(s -> s.last(limit));
    }

    private Entry fetch(Key key, int limit, long now) {
        if (cache.size() >= maxEntries) {
            cache.entrySet().removeIf(e -> e.getValue().validUntilMs() <= now);
            if (cache.size() >= maxEntries) {
                cache.clear();
            }
        }
        long nextClose = key.timeframe().nextCloseAfter(now);
        Uni<CandleSeries> series = delegate.candles(key.symbol(), key.timeframe(), limit)
                .onFailure().invoke(() -> cache.remove(key))
                .memoize().indefinitely();
        return new Entry(series, limit, nextClose);
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Uni<Set<MarketSymbol>> symbols() {
        return delegate.symbols();
    }

    @Override
    public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
        return delegate.tickers();
    }

    @Override
    public List<Timeframe> timeframes() {
        return delegate.timeframes();
    }

    @Override
    public Instant now() {
        return delegate.now();
    }

    @Override
    public void beforeScan(Timeframe timeframe) {
        delegate.beforeScan(timeframe);
    }

    public MarketDataSource delegate() {
        return delegate;
    }
}

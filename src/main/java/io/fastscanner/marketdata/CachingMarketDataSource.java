package io.fastscanner.marketdata;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps each symbol's newest closed candles per timeframe until the next candle of that timeframe closes, so the
 * deep phase reuses what the quick scan fetched and repeated scans within one candle interval cost no requests.
 * A request for more candles than cached fetches again; concurrent requests for the same series share one fetch.
 */
public final class CachingMarketDataSource extends ForwardingMarketDataSource {

    private record Key(MarketSymbol symbol, Timeframe timeframe) {}

    private record Entry(Uni<CandleSeries> series, int limit, long validUntilMs) {}

    private final Map<Key, Entry> cache = new ConcurrentHashMap<>();
    private final int maxEntries;

    public CachingMarketDataSource(MarketDataSource delegate, int maxEntries) {
        super(delegate);
        this.maxEntries = maxEntries;
    }

    @Override
    public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
        long now = delegate.now().toEpochMilli();
        if (cache.size() >= maxEntries) {
            evict(now);
        }
        Key key = new Key(symbol, timeframe);
        Entry entry = cache.compute(
                key,
                (k, cached) -> cached != null && cached.limit() >= limit && now < cached.validUntilMs()
                        ? cached
                        : fetch(k, limit, now));
        return entry.series().map(s -> s.last(limit));
    }

    private Entry fetch(Key key, int limit, long now) {
        AtomicReference<Entry> self = new AtomicReference<>();
        Uni<CandleSeries> series = delegate.candles(key.symbol(), key.timeframe(), limit)
                .onFailure()
                .invoke(() -> cache.remove(key, self.get())) // a failure is not cached
                .memoize()
                .indefinitely();
        self.set(new Entry(series, limit, key.timeframe().nextCloseAfter(now)));
        return self.get();
    }

    private void evict(long now) {
        cache.entrySet().removeIf(e -> e.getValue().validUntilMs() <= now);
        if (cache.size() >= maxEntries) {
            cache.clear();
        }
    }
}

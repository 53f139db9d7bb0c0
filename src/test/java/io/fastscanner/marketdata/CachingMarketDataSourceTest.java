package io.fastscanner.marketdata;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CachingMarketDataSourceTest {

    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");

    /** Serves 2000 hourly candles ending at its clock and counts the requests. */
    private static final class CountingSource implements MarketDataSource {
        final AtomicInteger requests = new AtomicInteger();
        final AtomicLong clock = new AtomicLong(Duration.ofHours(5000).toMillis());

        @Override
        public Exchange exchange() {
            return Exchange.REPLAY;
        }

        @Override
        public int maxCandles() {
            return Integer.MAX_VALUE;
        }

        @Override
        public Uni<Set<MarketSymbol>> symbols() {
            return Uni.createFrom().item(Set.of(BTC));
        }

        @Override
        public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
            return Uni.createFrom().item(Map.of());
        }

        @Override
        public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
            requests.incrementAndGet();
            List<Candle> candles = new ArrayList<>();
            long lastOpen = clock.get() - timeframe.millis();
            for (int i = limit - 1; i >= 0; i--) {
                candles.add(new Candle(lastOpen - i * timeframe.millis(), 1, 2, 0.5, 1.5, 10));
            }
            return Uni.createFrom().item(CandleSeries.of(symbol, timeframe, candles));
        }

        @Override
        public List<Timeframe> timeframes() {
            return List.of(Timeframe.H1);
        }

        @Override
        public Instant now() {
            return Instant.ofEpochMilli(clock.get());
        }
    }

    private static CandleSeries get(MarketDataSource source, int limit) {
        return source.candles(BTC, Timeframe.H1, limit).await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void reusesCandlesUntilTheNextCandleCloses() {
        var upstream = new CountingSource();
        var cached = new CachingMarketDataSource(upstream, 100);
        assertThat(get(cached, 1000).size()).isEqualTo(1000);
        assertThat(get(cached, 500).size()).isEqualTo(500);
        assertThat(get(cached, 1000).lastCloseTimeMs()).isEqualTo(upstream.clock.get());
        assertThat(upstream.requests).hasValue(1);

        upstream.clock.addAndGet(Duration.ofMinutes(59).toMillis()); // same hour: still valid
        get(cached, 500);
        assertThat(upstream.requests).hasValue(1);

        upstream.clock.addAndGet(Duration.ofMinutes(1).toMillis()); // a new candle has closed
        assertThat(get(cached, 500).lastCloseTimeMs()).isEqualTo(upstream.clock.get());
        assertThat(upstream.requests).hasValue(2);
    }

    @Test
    void fetchesAgainWhenMoreCandlesAreNeeded() {
        var upstream = new CountingSource();
        var cached = new CachingMarketDataSource(upstream, 100);
        get(cached, 500);
        assertThat(get(cached, 1000).size()).isEqualTo(1000);
        assertThat(upstream.requests).hasValue(2);
    }

    @Test
    void weeklyCandlesCloseOnMondays() {
        long thursday = Instant.parse("2026-04-23T12:00:00Z").toEpochMilli();
        assertThat(Instant.ofEpochMilli(Timeframe.W1.nextCloseAfter(thursday)))
                .isEqualTo(Instant.parse("2026-04-27T00:00:00Z"));
        assertThat(Instant.ofEpochMilli(Timeframe.H4.nextCloseAfter(thursday)))
                .isEqualTo(Instant.parse("2026-04-23T16:00:00Z"));
    }
}

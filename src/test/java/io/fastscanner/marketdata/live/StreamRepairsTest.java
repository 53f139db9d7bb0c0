package io.fastscanner.marketdata.live;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reloads of hourly series through a source that answers each request when the test says so, at 10:20 on
 * 2024-03-01 (the candle opened at 09:00 is the one that closed last). A failed reload is tried again after 10 ms.
 */
class StreamRepairsTest {

    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long NOW = Instant.parse("2024-03-01T10:20:00Z").toEpochMilli();
    private static final long LAST_CLOSED_OPEN =
            Instant.parse("2024-03-01T09:00:00Z").toEpochMilli();
    private static final long FIRST_RETRY_MS = 10;

    /** One candle request, answered by the test. */
    private static final class Request {
        final MarketSymbol symbol;
        final int limit;
        final UniEmitter<? super CandleSeries> emitter;
        final AtomicBoolean answered = new AtomicBoolean();

        Request(MarketSymbol symbol, int limit, UniEmitter<? super CandleSeries> emitter) {
            this.symbol = symbol;
            this.limit = limit;
            this.emitter = emitter;
        }
    }

    /** Keeps every candle request open until the test answers it, and counts how many are open at once. */
    private static final class HeldSource implements MarketDataSource {
        final List<Request> requests = new CopyOnWriteArrayList<>();
        final AtomicInteger open = new AtomicInteger();
        final AtomicInteger mostOpen = new AtomicInteger();
        final int maxCandles;

        HeldSource(int maxCandles) {
            this.maxCandles = maxCandles;
        }

        @Override
        public Uni<CandleSeries> candles(MarketSymbol symbol, Timeframe timeframe, int limit) {
            return Uni.createFrom().emitter(emitter -> {
                mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
                requests.add(new Request(symbol, limit, emitter));
            });
        }

        /** The request for {@code symbol} not answered yet, if any. */
        Optional<Request> waiting(MarketSymbol symbol) {
            return requests.stream()
                    .filter(r -> r.symbol.equals(symbol) && !r.answered.get())
                    .findFirst();
        }

        Optional<Request> anyWaiting() {
            return requests.stream().filter(r -> !r.answered.get()).findFirst();
        }

        List<MarketSymbol> asked() {
            return requests.stream().map(r -> r.symbol).toList();
        }

        /** Answers with the {@code count} hours up to the one closed last. */
        void answer(Request request, int count) {
            answer(request, hoursEndingAt(request.symbol, LAST_CLOSED_OPEN, count));
        }

        void answer(Request request, CandleSeries candles) {
            assertThat(request.answered.compareAndSet(false, true)).isTrue();
            open.decrementAndGet();
            request.emitter.complete(candles);
        }

        void fail(Request request) {
            assertThat(request.answered.compareAndSet(false, true)).isTrue();
            open.decrementAndGet();
            request.emitter.fail(new IOException("HTTP 503"));
        }

        @Override
        public int maxCandles() {
            return maxCandles;
        }

        @Override
        public Exchange exchange() {
            return Exchange.BINANCE;
        }

        @Override
        public Uni<Set<MarketSymbol>> symbols() {
            return Uni.createFrom().item(Set.of());
        }

        @Override
        public Uni<Map<MarketSymbol, Ticker24h>> tickers() {
            return Uni.createFrom().item(Map.of());
        }

        @Override
        public List<Timeframe> timeframes() {
            return List.of(Timeframe.H1);
        }

        @Override
        public Instant now() {
            return Instant.ofEpochMilli(NOW);
        }
    }

    private static CandleSeries hoursEndingAt(MarketSymbol symbol, long lastOpen, int count) {
        List<Candle> candles = new ArrayList<>();
        for (int i = count - 1; i >= 0; i--) {
            candles.add(new Candle(lastOpen - i * HOUR, 1, 2, 0.5, 1.5, 10));
        }
        return CandleSeries.of(symbol, Timeframe.H1, candles);
    }

    private static MarketSymbol symbol(String base) {
        return MarketSymbol.of(base, "USDT");
    }

    private static LiveSeries series(String base, int capacity) {
        return new LiveSeries(symbol(base), Timeframe.H1, capacity);
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<LiveSeries> repaired = new CopyOnWriteArrayList<>();

    private StreamRepairs repairs(HeldSource source, int concurrency) {
        return new StreamRepairs(source, concurrency, vertx, repaired::add, FIRST_RETRY_MS);
    }

    @AfterEach
    void closeVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    @Test
    void noMoreReloadsRunAtOnceThanTheConcurrency() {
        HeldSource source = new HeldSource(1000);
        StreamRepairs repairs = repairs(source, 2);
        List<LiveSeries> all =
                List.of(series("A", 100), series("B", 100), series("C", 100), series("D", 100), series("E", 100));
        all.forEach(repairs::request);
        assertThat(source.asked()).containsExactly(symbol("A"), symbol("B"));

        source.answer(source.waiting(symbol("A")).orElseThrow(), 100);
        assertThat(source.asked()).containsExactly(symbol("A"), symbol("B"), symbol("C"));
        source.fail(source.waiting(symbol("B")).orElseThrow()); // B is tried again later, C and D run meanwhile
        assertThat(source.asked()).containsExactly(symbol("A"), symbol("B"), symbol("C"), symbol("D"));

        while (repaired.size() < all.size()) {
            Request next = await("a reload waiting for its answer")
                    .until(source::anyWaiting, Optional::isPresent)
                    .orElseThrow();
            source.answer(next, 100);
        }
        assertThat(repaired).containsExactlyInAnyOrderElementsOf(all);
        assertThat(source.asked()).hasSize(6);
        assertThat(source.mostOpen).hasValue(2);
    }

    @Test
    void aSeriesAskedForAgainWhileItWaitsIsReloadedOnce() {
        HeldSource source = new HeldSource(1000);
        StreamRepairs repairs = repairs(source, 1);
        LiveSeries a = series("A", 100);
        LiveSeries b = series("B", 100);
        repairs.request(a);
        repairs.request(b);
        repairs.request(b); // e.g. the connection was lost and a candle went missing while b waited
        repairs.request(b);

        source.answer(source.waiting(symbol("A")).orElseThrow(), 100);
        source.answer(source.waiting(symbol("B")).orElseThrow(), 100);
        assertThat(source.asked()).containsExactly(symbol("A"), symbol("B"));
        assertThat(source.anyWaiting()).isEmpty();
        assertThat(repaired).containsExactly(a, b);
    }

    @Test
    void aFailedReloadIsTriedAgainWithoutHoldingUpTheOthers() {
        HeldSource source = new HeldSource(1000);
        StreamRepairs repairs = repairs(source, 1);
        LiveSeries a = series("A", 100);
        LiveSeries b = series("B", 100);
        repairs.request(a);
        repairs.request(b);

        source.fail(source.waiting(symbol("A")).orElseThrow());
        assertThat(source.asked()).containsExactly(symbol("A"), symbol("B"));
        source.answer(source.waiting(symbol("B")).orElseThrow(), 100);

        Request second = await("A reloaded a second time")
                .until(() -> source.waiting(symbol("A")), Optional::isPresent)
                .orElseThrow();
        source.fail(second);
        Request third = await("A reloaded a third time")
                .until(() -> source.waiting(symbol("A")), Optional::isPresent)
                .orElseThrow();
        assertThat(a.repairing()).isTrue();
        source.answer(third, 100);

        assertThat(source.asked()).containsExactly(symbol("A"), symbol("B"), symbol("A"), symbol("A"));
        assertThat(repaired).containsExactly(b, a);
        assertThat(a.fresh(NOW, 100)).isPresent();
    }

    @Test
    void aReloadedSeriesIsCalledBackFresh() {
        HeldSource source = new HeldSource(300);
        StreamRepairs repairs = repairs(source, 4);
        LiveSeries a = series("A", 500);
        repairs.request(a);

        Request request = source.waiting(symbol("A")).orElseThrow();
        assertThat(request.limit).isEqualTo(300); // what one request can bring, though the series keeps 500
        source.answer(request, 300);

        assertThat(repaired).containsExactly(a);
        assertThat(a.repairing()).isFalse();
        CandleSeries fresh = a.fresh(NOW, 300).orElseThrow();
        assertThat(fresh.size()).isEqualTo(300);
        assertThat(fresh.lastCloseTimeMs()).isEqualTo(LAST_CLOSED_OPEN + HOUR);
        assertThat(fresh.streamed()).isTrue();
    }

    @Test
    void aYoungListingIsFreshWithAllTheExchangeHas() {
        HeldSource source = new HeldSource(1000);
        StreamRepairs repairs = repairs(source, 4);
        LiveSeries a = series("A", 500);
        repairs.request(a);

        source.answer(source.waiting(symbol("A")).orElseThrow(), 40); // fewer than asked: there are no more
        assertThat(repaired).containsExactly(a);
        assertThat(a.fresh(NOW, 500).orElseThrow().size()).isEqualTo(40);
    }

    @Test
    void aReloadThatLeavesAGapBeforeTheHeldCandlesIsAskedForAgain() {
        HeldSource source = new HeldSource(1000);
        StreamRepairs repairs = repairs(source, 1);
        LiveSeries a = series("A", 100);
        repairs.request(a);
        // the stream closes 09:00 while the request runs, and the exchange answers without 08:00 and 09:00
        assertThat(a.accept(new Candle(LAST_CLOSED_OPEN, 1, 2, 0.5, 1.5, 10), true))
                .isEqualTo(LiveSeries.Outcome.HELD);
        source.answer(
                source.waiting(symbol("A")).orElseThrow(),
                hoursEndingAt(symbol("A"), LAST_CLOSED_OPEN - 2 * HOUR, 100));

        assertThat(repaired).isEmpty();
        assertThat(a.repairing()).isTrue();
        Request again = source.waiting(symbol("A")).orElseThrow();
        source.answer(again, 100);
        assertThat(repaired).containsExactly(a);
        assertThat(a.fresh(NOW, 100)).isPresent();
    }

    @Test
    void afterStopNothingQueuedIsReloaded() {
        HeldSource source = new HeldSource(1000);
        StreamRepairs repairs = repairs(source, 1);
        LiveSeries a = series("A", 100);
        repairs.request(a);
        repairs.request(series("B", 100));

        repairs.stop();
        repairs.request(series("C", 100));
        source.answer(source.waiting(symbol("A")).orElseThrow(), 100);
        assertThat(source.asked()).containsExactly(symbol("A"));
        assertThat(repaired).containsExactly(a);
    }
}

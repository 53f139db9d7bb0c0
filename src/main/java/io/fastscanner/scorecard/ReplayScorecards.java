package io.fastscanner.scorecard;

import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scorecards and past signals of the recorded candles. The work runs on its own small pool, never on the event loop;
 * each series is walked once and kept, each answer is cached under its {@link ScorecardQuery} (the candles never
 * change), and identical requests in flight share one computation.
 */
@ApplicationScoped
public class ReplayScorecards {

    /** Scorecards kept; the least recently asked is dropped first. */
    static final int CACHED_ANSWERS = 64;
    /** Computations waiting for a thread at most; more are refused with 503 {@code SCORECARD_BUSY}. */
    static final int QUEUE = 32;

    private record WalkKey(Exchange exchange, MarketSymbol symbol, Timeframe timeframe) {}

    private final ReplayDataSets dataSets;
    private final ScoringRules rules;
    private final Map<WalkKey, WalkedSeries> walks = new ConcurrentHashMap<>();
    private final Map<ScorecardQuery, Uni<ComputedScorecard>> answers = new LinkedHashMap<>(16, 0.75f, true);
    private final ThreadPoolExecutor pool;

    ReplayScorecards(ReplayDataSets dataSets, ScorecardConfig config) {
        this.dataSets = dataSets;
        this.rules = new ScoringRules(config.minSignals(), config.significance());
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger numbers = new AtomicInteger();
        this.pool =
                new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new ArrayBlockingQueue<>(QUEUE), task -> {
                    Thread thread = new Thread(task, "scorecard-" + numbers.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.pool.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

    /** The scorecard of {@code query}, computed once; a failure is not cached. */
    public Uni<ComputedScorecard> scorecard(ScorecardQuery query) {
        synchronized (answers) {
            Uni<ComputedScorecard> cached = answers.get(query);
            if (cached != null) {
                return cached;
            }
            AtomicReference<Uni<ComputedScorecard>> self = new AtomicReference<>();
            Uni<ComputedScorecard> answer = offPool(() -> compute(query))
                    .onFailure()
                    .invoke(() -> forget(query, self.get()))
                    .memoize()
                    .indefinitely();
            self.set(answer);
            answers.put(query, answer);
            if (answers.size() > CACHED_ANSWERS) {
                answers.remove(answers.keySet().iterator().next());
            }
            return answer;
        }
    }

    private void forget(ScorecardQuery query, Uni<ComputedScorecard> answer) {
        synchronized (answers) {
            answers.remove(query, answer);
        }
    }

    /**
     * The walk's BUY and SELL signals of one symbol with open times from {@code fromMs} to {@code toMs}, oldest first,
     * the newest {@code limit} of them; with {@code changes}, only those whose signal differs from the candle before.
     */
    public Uni<List<PastSignal>> pastSignals(
            Exchange exchange,
            MarketSymbol symbol,
            Timeframe timeframe,
            long fromMs,
            long toMs,
            boolean changes,
            int limit,
            List<Integer> horizons) {
        return offPool(() -> {
            ReplayData data = dataSets.of(exchange);
            WalkedSeries walk = walk(data, symbol, timeframe);
            return PastSignals.of(walk, data.exchange(), fromMs, toMs, changes, limit, horizons);
        });
    }

    private <T> Uni<T> offPool(java.util.function.Supplier<T> work) {
        return Uni.createFrom().<T>emitter(emitter -> {
            try {
                pool.execute(() -> {
                    try {
                        emitter.complete(work.get());
                    } catch (RuntimeException e) {
                        emitter.fail(e);
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                emitter.fail(new ApiException(
                                ApiException.SERVICE_UNAVAILABLE,
                                "SCORECARD_BUSY",
                                "Too many scorecards are being computed; retry after 5 s")
                        .withHeader("Retry-After", "5"));
            }
        });
    }

    private ComputedScorecard compute(ScorecardQuery query) {
        long started = System.nanoTime();
        ReplayData data = dataSets.of(query.exchange());
        if (!data.set().timeframes().contains(query.timeframe())) {
            throw ReplayDataSets.noData("No recorded " + query.timeframe() + " candles for " + data.exchange()
                    + "; available: " + data.set().timeframes());
        }
        List<MarketSymbol> symbols = query.symbols().isEmpty()
                ? data.set().symbols().stream()
                        .filter(s -> data.set().series(s, query.timeframe()).isPresent())
                        .toList()
                : query.symbols();
        List<WalkedSeries> walked = new ArrayList<>(symbols.size());
        for (MarketSymbol symbol : symbols) {
            walked.add(walk(data, symbol, query.timeframe()));
        }
        Scorecard scorecard =
                ScorecardCalculator.compute(walked, query.horizons(), query.fromMs(), query.toMs(), rules);
        if (scorecard.candles() == 0) {
            throw ReplayDataSets.noData("No candle of " + symbols.size() + " symbols is scored between "
                    + bound(query.fromMs()) + " and " + bound(query.toMs()) + " (scoring starts at each series' "
                    + (SignalWalk.WARMUP + 1) + "th candle)");
        }
        ScorecardData described = new ScorecardData(
                data.source(),
                data.exchange(),
                query.timeframe(),
                symbols,
                scorecard.from(),
                scorecard.to(),
                scorecard.candles(),
                SignalWalk.WARMUP);
        return new ComputedScorecard(described, scorecard, (System.nanoTime() - started) / 1_000_000);
    }

    private WalkedSeries walk(ReplayData data, MarketSymbol symbol, Timeframe timeframe) {
        CandleSeries series = data.set()
                .series(symbol, timeframe)
                .orElseThrow(() -> ReplayDataSets.noData(
                        "No recorded " + timeframe + " candles of " + symbol + " for " + data.exchange()));
        return walks.computeIfAbsent(new WalkKey(data.exchange(), symbol, timeframe), k -> SignalWalk.of(series));
    }

    private static String bound(long ms) {
        return ms == Long.MIN_VALUE
                ? "the start"
                : ms == Long.MAX_VALUE ? "the end" : Instant.ofEpochMilli(ms).toString();
    }
}

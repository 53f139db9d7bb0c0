package io.fastscanner.scan;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.store.StoreHealth;
import io.fastscanner.store.StoreUnavailableException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;

/**
 * Phase 1 of a scan, as one Mutiny pipeline: one ticker call for all symbols and, at the same time, each symbol's
 * candles with bounded concurrency, a per-symbol timeout and per-symbol isolation (a failing symbol becomes a
 * {@code failed} row, the others go on). Identical scans requested while one is running share its result, on
 * every replica with the redis store ({@link ScanClaims}).
 */
@ApplicationScoped
public class QuickScanService {

    private final MarketDataSource source;
    private final QuickScanConfig config;
    private final UniverseConfig universe;
    private final DeepAnalysisConfig deep;
    private final MlConfig ml;
    private final ScanState state;
    private final ScanIds ids;
    private final ScanLifecycle listeners;
    private final ScanMetrics metrics;
    private final ShutdownGate shutdown;
    private final StoreHealth store;
    private final ScanClaims claims;
    private final Clock clock;
    private final Map<String, Uni<ScanResult>> inFlight = new ConcurrentHashMap<>();
    private final UniverseRanking ranking = new UniverseRanking();

    QuickScanService(
            MarketDataSource source,
            QuickScanConfig config,
            UniverseConfig universe,
            DeepAnalysisConfig deep,
            MlConfig ml,
            ScanState state,
            ScanIds ids,
            ScanLifecycle listeners,
            ScanMetrics metrics,
            ShutdownGate shutdown,
            StoreHealth store,
            ScanClaims claims,
            Clock clock) {
        this.source = source;
        this.config = config;
        this.universe = universe;
        this.deep = deep;
        this.ml = ml;
        this.state = state;
        this.ids = ids;
        this.listeners = listeners;
        this.metrics = metrics;
        this.shutdown = shutdown;
        this.store = store;
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * Scans {@code symbols}, or the default universe when the list is empty; fails with {@link ScannerStopping} once
     * the service has started to shut down, with {@link StoreUnavailableException} while the shared store is
     * unreachable.
     */
    public Uni<ScanResult> scan(List<MarketSymbol> symbols, Timeframe timeframe, ScanTrigger trigger) {
        if (shutdown.closed()) {
            return Uni.createFrom().failure(new ScannerStopping());
        }
        Optional<StoreHealth.Outage> outage = store.outage();
        if (outage.isPresent()) { // its results and events could not be shared with the other replicas
            return Uni.createFrom()
                    .failure(new StoreUnavailableException(outage.get().reason()));
        }
        String key = timeframe.label() + "|"
                + (symbols.isEmpty()
                        ? "*"
                        : String.join(
                                ",",
                                new TreeSet<>(symbols.stream()
                                        .map(MarketSymbol::toString)
                                        .toList())));
        return inFlight.computeIfAbsent(
                key,
                k -> Uni.createFrom()
                        .deferred(() -> {
                            String scanId = ids.next();
                            return claims.once(k, scanId, () -> run(scanId, symbols, timeframe, trigger));
                        })
                        .onTermination()
                        .invoke(() -> inFlight.remove(k))
                        .memoize()
                        .indefinitely());
    }

    private Uni<ScanResult> run(String scanId, List<MarketSymbol> requested, Timeframe timeframe, ScanTrigger trigger) {
        return Uni.createFrom().deferred(() -> {
            source.beforeScan(timeframe);
            Instant startedAt = clock.instant();
            long startNanos = System.nanoTime();
            state.started(scanId, startedAt);
            listeners.scanStarted(scanId, trigger, timeframe);
            Uni<Map<MarketSymbol, Ticker24h>> tickers = source.tickers()
                    .ifNoItem()
                    .after(config.timeout())
                    .failWith(() -> new MarketDataException(
                            "timeout",
                            "the 24h ticker request timed out after "
                                    + config.timeout().toSeconds() + " s"))
                    .invoke(t -> ranking.remember(source.exchange(), t, clock.instant()))
                    .memoize()
                    .indefinitely();
            // Sent now, alongside the first candle requests; its outcome (item or failure) reaches the scan below.
            tickers.subscribe().with(t -> {}, failure -> {});
            return symbolsToScan(requested, tickers)
                    .onItem()
                    .transformToUni(symbols -> scanSymbols(symbols, tickers, timeframe))
                    .onItem()
                    .transformToUni(analyses -> tickers.map(t -> analyses)) // no tickers: the scan failed
                    .map(analyses -> new ScanResult(
                            scanId,
                            trigger,
                            source.exchange(),
                            timeframe,
                            startedAt,
                            (System.nanoTime() - startNanos) / 1_000_000,
                            source.now(),
                            analyses))
                    .invoke(result -> {
                        metrics.scanned(result, System.nanoTime() - startNanos);
                        state.finished(result);
                        listeners.quickScanComplete(result);
                    })
                    .onFailure()
                    .invoke(failure -> {
                        state.failed(scanId);
                        listeners.scanFailed(scanId, failure);
                    });
        });
    }

    /** One symbol's quick signal computed now, outside any scan (nothing is stored). */
    public Uni<SymbolAnalysis> analyseNow(MarketSymbol symbol, Timeframe timeframe) {
        return fetch(symbol, timeframe)
                .flatMap(fetched -> analyse(fetched, Uni.createFrom().item(Map.of()), timeframe));
    }

    /**
     * The requested symbols, or the default universe: ranked by recent tickers when there are some, so candles are
     * fetched while this scan's ticker request is under way, else by this scan's tickers.
     */
    private Uni<List<MarketSymbol>> symbolsToScan(
            List<MarketSymbol> requested, Uni<Map<MarketSymbol, Ticker24h>> tickers) {
        if (!requested.isEmpty()) {
            return Uni.createFrom().item(requested);
        }
        return ranking.top(
                        source.exchange(), universe.quote(), universe.size(), universe.rankingMaxAge(), clock.instant())
                .map(symbols -> Uni.createFrom().item(symbols))
                .orElseGet(() -> tickers.map(t -> Universe.top(t.values(), universe.quote(), universe.size())));
    }

    /**
     * Two stages: at most {@code concurrency} candle requests in flight, and the signals computed on worker threads
     * outside those slots, so a slot takes the next request as soon as its answer is read.
     */
    private Uni<List<SymbolAnalysis>> scanSymbols(
            List<MarketSymbol> symbols, Uni<Map<MarketSymbol, Ticker24h>> tickers, Timeframe timeframe) {
        if (symbols.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        int concurrency = Math.max(1, config.concurrency());
        return Multi.createFrom()
                .iterable(symbols)
                .onItem()
                .transformToUni(symbol -> fetch(symbol, timeframe))
                .merge(concurrency)
                .onItem()
                .transformToUni(fetched -> analyse(fetched, tickers, timeframe))
                .merge(concurrency)
                .collect()
                .asList()
                .map(analyses -> inRequestOrder(symbols, analyses));
    }

    /** A symbol's candles, or why there are none. */
    private record Fetched(MarketSymbol symbol, CandleSeries candles, Throwable failure) {}

    private Uni<Fetched> fetch(MarketSymbol symbol, Timeframe timeframe) {
        return source.candles(symbol, timeframe, candlesToFetch(timeframe))
                .ifNoItem()
                .after(config.timeout())
                .failWith(TimeoutException::new)
                .map(candles -> new Fetched(symbol, candles, null))
                .onFailure()
                .recoverWithItem(failure -> new Fetched(symbol, null, failure));
    }

    private Uni<SymbolAnalysis> analyse(
            Fetched fetched, Uni<Map<MarketSymbol, Ticker24h>> tickers, Timeframe timeframe) {
        Uni<SymbolAnalysis> analysis = fetched.failure() != null
                ? Uni.createFrom().failure(fetched.failure())
                : tickers.emitOn(Infrastructure.getDefaultWorkerPool())
                        .map(t -> QuickSignalCalculator.analyse(
                                fetched.candles().last(config.candles()),
                                t.get(fetched.symbol()),
                                source.exchange(),
                                source.now(),
                                clock.instant()));
        return analysis.onFailure()
                .recoverWithItem(failure -> SymbolAnalysis.failed(QuickSignalCalculator.failed(
                        fetched.symbol(), source.exchange(), timeframe, FailureReasons.of(failure), clock.instant())));
    }

    /**
     * The quick signal reads {@code scanner.quick-scan.candles}; fetching what the deep phase will need of the same
     * timeframe in the same request lets it reuse these candles from the cache instead of asking again.
     */
    private int candlesToFetch(Timeframe timeframe) {
        int limit = config.candles();
        if (deep.enabled()) {
            limit = Math.max(limit, deep.candles());
            if (ml.enabled() && timeframe == ml.timeframe()) {
                limit = Math.max(limit, ml.historyCandles());
            }
        }
        return limit;
    }

    private static List<SymbolAnalysis> inRequestOrder(List<MarketSymbol> symbols, List<SymbolAnalysis> analyses) {
        Map<MarketSymbol, SymbolAnalysis> bySymbol = new HashMap<>();
        analyses.forEach(a -> bySymbol.put(a.row().symbol(), a));
        return symbols.stream().map(bySymbol::get).toList();
    }
}

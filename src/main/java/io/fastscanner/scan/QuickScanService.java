package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.store.StoreHealth;
import io.fastscanner.store.StoreUnavailableException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Phase 1 of a scan: on each exchange it names, in parallel and each with its own budgets, one {@link ExchangeScan}
 * (tickers and candles, per-symbol isolation). On one exchange a failed ticker call fails the scan; over several, that
 * exchange's named symbols become failed rows (or, for its default universe, an {@link ExchangeFailure}) and the other
 * exchanges' rows are complete. Identical scans requested while one is running share its result, on every replica with
 * the redis store ({@link ScanClaims}).
 */
@ApplicationScoped
public class QuickScanService {

    private final MarketDataSources sources;
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
            MarketDataSources sources,
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
        this.sources = sources;
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

    /** Scans {@code symbols} (or the default universe when empty) on the default exchange ({@code scanner.source}). */
    public Uni<ScanResult> scan(List<MarketSymbol> symbols, Timeframe timeframe, ScanTrigger trigger) {
        return scanExchanges(List.of(new ExchangeScope(sources.defaultExchange(), symbols)), timeframe, trigger);
    }

    /**
     * Scans each scope's exchange; fails with {@link ScannerStopping} once the service has started to shut down, with
     * {@link StoreUnavailableException} while the shared store is unreachable.
     */
    public Uni<ScanResult> scanExchanges(List<ExchangeScope> scopes, Timeframe timeframe, ScanTrigger trigger) {
        if (shutdown.closed()) {
            return Uni.createFrom().failure(new ScannerStopping());
        }
        Optional<StoreHealth.Outage> outage = store.outage();
        if (outage.isPresent()) { // its results and events could not be shared with the other replicas
            return Uni.createFrom()
                    .failure(new StoreUnavailableException(outage.get().reason()));
        }
        String key = timeframe.label() + "|"
                + scopes.stream().map(ExchangeScope::key).sorted().collect(Collectors.joining("|"));
        return inFlight.computeIfAbsent(
                key,
                k -> Uni.createFrom()
                        .deferred(() -> {
                            String scanId = ids.next();
                            return claims.once(k, scanId, () -> run(scanId, scopes, timeframe, trigger));
                        })
                        .onTermination()
                        .invoke(() -> inFlight.remove(k))
                        .memoize()
                        .indefinitely());
    }

    /** One part's rows, or why its exchange could not be scanned. */
    private record Part(List<SymbolAnalysis> analyses, Optional<ExchangeFailure> failure) {}

    private Uni<ScanResult> run(String scanId, List<ExchangeScope> scopes, Timeframe timeframe, ScanTrigger trigger) {
        return Uni.createFrom().deferred(() -> {
            Instant startedAt = clock.instant();
            long startNanos = System.nanoTime();
            state.started(scanId, startedAt);
            listeners.scanStarted(scanId, trigger, timeframe);
            boolean isolated = scopes.size() > 1;
            List<Uni<Part>> parts = scopes.stream()
                    .map(scope -> part(scope, timeframe, isolated))
                    .toList();
            MarketDataSource first = source(scopes.get(0).exchange());
            return Uni.join()
                    .all(parts)
                    .andFailFast()
                    .map(done -> {
                        List<SymbolAnalysis> analyses = new ArrayList<>();
                        List<ExchangeFailure> unavailable = new ArrayList<>();
                        done.forEach(p -> {
                            analyses.addAll(p.analyses());
                            p.failure().ifPresent(unavailable::add);
                        });
                        return new ScanResult(
                                scanId,
                                trigger,
                                first.exchange(),
                                scopes.stream().map(ExchangeScope::exchange).toList(),
                                timeframe,
                                startedAt,
                                (System.nanoTime() - startNanos) / 1_000_000,
                                first.now(),
                                analyses,
                                unavailable);
                    })
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

    private Uni<Part> part(ExchangeScope scope, Timeframe timeframe, boolean isolated) {
        ExchangeScan scan = exchangeScan(scope.exchange(), timeframe);
        Uni<Part> part = scan.run(scope.symbols(), timeframe).map(rows -> new Part(rows, Optional.empty()));
        if (!isolated) {
            return part;
        }
        return part.onFailure()
                .recoverWithItem(failure -> new Part(
                        scope.symbols().stream()
                                .map(symbol -> scan.failed(symbol, timeframe, failure))
                                .toList(),
                        scope.symbols().isEmpty()
                                ? Optional.of(ExchangeFailure.of(scope.exchange(), failure))
                                : Optional.empty()));
    }

    /** One symbol's quick signal on {@code exchange}, computed now, outside any scan (nothing is stored). */
    public Uni<SymbolAnalysis> analyseNow(Exchange exchange, MarketSymbol symbol, Timeframe timeframe) {
        return exchangeScan(exchange, timeframe).analyseNow(symbol, timeframe);
    }

    private ExchangeScan exchangeScan(Exchange exchange, Timeframe timeframe) {
        MarketDataSource source = source(exchange);
        return new ExchangeScan(
                source,
                new ExchangeScan.Settings(
                        config.timeout(),
                        config.concurrency(),
                        config.candles(),
                        candlesToFetch(timeframe),
                        universe.quote().orElse(source.defaultQuote()),
                        universe.size(),
                        universe.rankingMaxAge()),
                ranking,
                clock);
    }

    /**
     * The quick signal reads {@code scanner.quick-scan.candles}; fetching what the deep phase will need of the same
     * timeframe in the same request lets it reuse these candles from the cache instead of asking again.
     */
    int candlesToFetch(Timeframe timeframe) {
        int limit = config.candles();
        if (deep.enabled()) {
            limit = Math.max(limit, deep.candles());
            if (ml.enabled() && timeframe == ml.timeframe()) {
                limit = Math.max(limit, ml.historyCandles());
            }
        }
        return limit;
    }

    private MarketDataSource source(Exchange exchange) {
        return sources.get(exchange)
                .orElseThrow(() -> new IllegalArgumentException(exchange + " cannot be scanned here"));
    }
}

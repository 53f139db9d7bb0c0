package io.fastscanner.scan;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.DeepAnalyzer;
import io.fastscanner.analysis.RiskSettings;
import io.fastscanner.analysis.ml.MlPrediction;
import io.fastscanner.analysis.ml.TrainedModel;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scannerapi.ScannerApiResult;
import io.fastscanner.scannerapi.ScannerApiService;
import io.fastscanner.scannerapi.SecondOpinion;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Phase 2: after each quick scan, every scanned symbol is queued and analysed in the background by one Mutiny
 * pipeline, {@code scanner.deep-analysis.concurrency} at a time. Each row goes {@code quick_scan} ->
 * {@code analyzing} -> {@code complete} or {@code failed}; one symbol's failure never stops the queue. A newer
 * scan supersedes the running one: its queued symbols are dropped, not analysed twice.
 */
@ApplicationScoped
public class DeepAnalysisService {

    private static final Logger LOG = Logger.getLogger(DeepAnalysisService.class);
    private static final Duration MODEL_WAIT = Duration.ofMinutes(2);
    static final String SHUTDOWN = "shutdown: the service stopped before this symbol's deep analysis was done";

    private final MarketDataSources sources;
    private final DeepAnalysisConfig config;
    private final MlConfig ml;
    private final ScanState state;
    private final ScanLifecycle lifecycle;
    private final PredictionModels models;
    private final ScannerApiService scannerApi;
    private final Clock clock;
    private final Map<Exchange, ConfluenceCandles> confluence = new ConcurrentHashMap<>();
    private final AtomicReference<DeepRun> current = new AtomicReference<>();
    private volatile boolean stopped;

    DeepAnalysisService(
            MarketDataSources sources,
            DeepAnalysisConfig config,
            MlConfig ml,
            ScanState state,
            ScanLifecycle lifecycle,
            PredictionModels models,
            ScannerApiService scannerApi,
            Clock clock) {
        this.sources = sources;
        this.config = config;
        this.ml = ml;
        this.state = state;
        this.lifecycle = lifecycle;
        this.models = models;
        this.scannerApi = scannerApi;
        this.clock = clock;
    }

    void onQuickScan(
            @Observes @Priority(ScanLifecycle.ObserverOrder.START_DEEP_ANALYSIS)
                    ScanLifecycle.QuickScanCompleted event) {
        if (config.enabled()) {
            start(event.result());
        } else {
            lifecycle.deepAnalysisComplete(event.result().scanId(), 0, 0, 0); // every scan has a closing event
        }
    }

    /** Symbols waiting for their deep analysis right now. */
    public int queueLength() {
        DeepRun run = current.get();
        return run == null ? 0 : run.waiting();
    }

    public boolean isRunning() {
        DeepRun run = current.get();
        return run != null && !run.done();
    }

    private void start(ScanResult result) {
        List<SymbolAnalysis> queue = new ArrayList<>();
        for (SymbolAnalysis a : result.analyses()) {
            if (a.row().stale()) {
                state.update(result.scanId(), a.withRow(a.row().withStatus(SignalStatus.FAILED, "stale_data")));
            } else if (a.row().status() == SignalStatus.QUICK_SCAN && a.rating() != null) {
                queue.add(a);
            }
        }
        if (stopped) {
            queue.forEach(a ->
                    state.update(result.scanId(), a.withRow(a.row().withStatus(SignalStatus.FAILED, SHUTDOWN))));
            lifecycle.deepAnalysisComplete(result.scanId(), queue.size(), queue.size(), 0);
            return;
        }
        DeepRun run = new DeepRun(result, queue.size());
        DeepRun previous = current.getAndUpdate(
                running -> running != null && running.scanStartedAt.isAfter(run.scanStartedAt) ? running : run);
        if (previous != null && previous.scanStartedAt.isAfter(run.scanStartedAt)) {
            // an older scan whose quick phase ended after a newer one's: the newer one's analysis goes on
            supersede(run, previous.scanId);
            return;
        }
        if (previous != null) {
            supersede(previous, run.scanId);
        }
        if (queue.isEmpty()) {
            close(run);
            return;
        }
        List<Listing> symbols = queue.stream().map(SymbolAnalysis::listing).toList();
        Uni<TrainedModel> model = ml.enabled()
                ? models.modelFor(symbols, config.concurrency() * 2).memoize().indefinitely()
                : Uni.createFrom().nullItem();
        ScanOpinions opinions = ScanOpinions.ask(
                scannerApi, run.scanId, run.timeframe, symbols, (listing, answer) -> addOpinion(run, listing, answer));
        run.attach(Multi.createFrom()
                .iterable(queue)
                .onItem()
                .transformToUni(a -> analyse(run, a, model, opinions))
                .merge(Math.max(1, config.concurrency()))
                .onCompletion()
                .call(opinions::settled)
                .onCompletion()
                .invoke(() -> close(run))
                .subscribe()
                .with(ignored -> {}, failure -> {
                    LOG.error("Deep analysis pipeline failed", failure);
                    close(run);
                }));
    }

    /**
     * Stops for good, as the service shuts down: the running analysis ends, its unfinished symbols fail with reason
     * {@code shutdown} and its closing event counts them among the failed; a later scan's symbols fail the same way.
     *
     * @return the symbols stopped before their analysis was done
     */
    int stop() {
        stopped = true;
        DeepRun run = current.get();
        if (run == null || !run.stop()) {
            return 0;
        }
        int unfinished = 0;
        ScanResult latest = state.latest().orElse(null);
        if (latest != null && latest.scanId().equals(run.scanId)) {
            for (ScanRow row : state.rows()) {
                if (row.status() == SignalStatus.QUICK_SCAN || row.status() == SignalStatus.ANALYZING) {
                    state.analysis(new Listing(row.exchange(), row.symbol()))
                            .ifPresent(a ->
                                    state.update(run.scanId, a.withRow(row.withStatus(SignalStatus.FAILED, SHUTDOWN))));
                    unfinished++;
                }
            }
        }
        lifecycle.deepAnalysisComplete(
                run.scanId, run.total, run.failed() + unfinished, (System.nanoTime() - run.startNanos) / 1_000_000);
        return unfinished;
    }

    /** Announces the end of a run that completed, unless it already ended another way. */
    private void close(DeepRun run) {
        if (run.beginClose()) {
            lifecycle.deepAnalysisComplete(
                    run.scanId, run.total, run.failed(), (System.nanoTime() - run.startNanos) / 1_000_000);
            run.closed();
        }
    }

    /** Ends a run that a newer scan replaces, and says so, unless it already ended. */
    private void supersede(DeepRun run, String newer) {
        if (run.supersede()) {
            state.superseded(run.scanId, newer);
            lifecycle.scanSuperseded(run.scanId, newer);
        }
    }

    private Uni<SymbolAnalysis> analyse(
            DeepRun run, SymbolAnalysis quick, Uni<TrainedModel> model, ScanOpinions opinions) {
        if (!run.take()) {
            return Uni.createFrom().nullItem();
        }
        SymbolAnalysis analyzing = quick.withRow(quick.row().withStatus(SignalStatus.ANALYZING, null));
        state.update(run.scanId, analyzing);
        if (run.stopped()) { // stopped while this symbol was being taken: stop() may not have seen it analyzing
            state.update(run.scanId, quick.withRow(quick.row().withStatus(SignalStatus.FAILED, SHUTDOWN)));
            return Uni.createFrom().nullItem();
        }
        Listing listing = quick.listing();
        MarketSymbol symbol = listing.symbol();
        return confluence(listing.exchange())
                .fetch(symbol, run.timeframe)
                .ifNoItem()
                .after(config.timeout())
                .failWith(TimeoutException::new)
                .onItem()
                .transformToUni(fetched -> prediction(listing, model)
                        .map(prediction -> complete(run, analyzing, fetched, prediction, opinions)))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onFailure()
                .recoverWithItem(failure ->
                        analyzing.withRow(analyzing.row().withStatus(SignalStatus.FAILED, FailureReasons.of(failure))))
                .invoke(result -> {
                    if (publish(run, result) && result.deepAnalysis() != null) {
                        opinions.published(listing, result.deepAnalysis().scannerApi());
                    }
                });
    }

    private ConfluenceCandles confluence(Exchange exchange) {
        return confluence.computeIfAbsent(
                exchange, e -> new ConfluenceCandles(sources.get(e).orElseThrow(), config));
    }

    private Uni<MlPrediction> prediction(Listing symbol, Uni<TrainedModel> model) {
        if (!ml.enabled()) {
            return Uni.createFrom().nullItem();
        }
        return model.ifNoItem()
                .after(MODEL_WAIT)
                .failWith(TimeoutException::new)
                .onItem()
                .transformToUni(m -> models.history(symbol).map(m::predict))
                .onFailure()
                .recoverWithItem(
                        failure -> MlUnavailable.prediction(ml.timeframe(), ml.horizon(), FailureReasons.of(failure)));
    }

    private SymbolAnalysis complete(
            DeepRun run,
            SymbolAnalysis analyzing,
            ConfluenceCandles.Fetched fetched,
            MlPrediction prediction,
            ScanOpinions opinions) {
        Map<Timeframe, CandleSeries> byTf = fetched.byTimeframe();
        CandleSeries primary = byTf.get(run.timeframe).last(config.candles());
        RiskSettings risk = new RiskSettings(config.stopAtrMultiple(), config.rewardMultiple(), config.swingLookback());
        ScanRow row = analyzing.row();
        SecondOpinion secondOpinion = opinions.opinionOn(analyzing.listing(), row.signal());
        DeepAnalysis deep = DeepAnalyzer.analyse(primary, byTf, analyzing.rating(), risk, prediction, clock.instant())
                .withInputs(fetched.warnings(), secondOpinion);
        ScanRow complete = row.completed(deep.opportunityScore());
        return new SymbolAnalysis(complete, analyzing.indicators(), analyzing.rating(), deep);
    }

    /** Publishes a symbol's result; false when its scan no longer takes results. */
    private boolean publish(DeepRun run, SymbolAnalysis result) {
        if (run.cancelled() || !state.update(run.scanId, result)) {
            return false;
        }
        // Symbols finish on several threads: counting and announcing together keeps the progress in order.
        synchronized (run) {
            int completed = run.finish(result.row().status() == SignalStatus.COMPLETE);
            lifecycle.symbolAnalyzed(run.scanId, result, completed, run.total - completed, run.total);
        }
        return true;
    }

    /** The scanner_api answered after {@code symbol} was published with a pending opinion: published again with it. */
    private void addOpinion(DeepRun run, Listing listing, ScannerApiResult answer) {
        if (run.cancelled()) {
            return;
        }
        MarketSymbol symbol = listing.symbol();
        state.analysis(listing).filter(a -> a.deepAnalysis() != null).ifPresent(a -> {
            DeepAnalysis deep = a.deepAnalysis();
            SymbolAnalysis updated = new SymbolAnalysis(
                    a.row(),
                    a.indicators(),
                    a.rating(),
                    deep.withInputs(
                            deep.warnings(), answer.forSymbol(symbol, a.row().signal())));
            if (state.update(run.scanId, updated)) {
                lifecycle.secondOpinionAdded(run.scanId, updated);
            }
        });
    }
}

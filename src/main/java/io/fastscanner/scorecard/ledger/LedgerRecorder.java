package io.fastscanner.scorecard.ledger;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.scan.ScanLifecycle;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.scan.SignalUpdate;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.scorecard.ScorecardConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Keeps every signal the service gives: each scan's rows, then their deep analyses, and every live candle-close
 * update. The observers only hand the rows over to a bounded queue ({@value #QUEUE} writes; beyond it a write is
 * dropped and counted) and return: one drain on the worker pool writes them to the {@link LedgerStore} in order, then
 * trims the store to {@code scanner.scorecard.max-signals}.
 */
@ApplicationScoped
public class LedgerRecorder {

    private static final Logger LOG = Logger.getLogger(LedgerRecorder.class);
    static final int QUEUE = 10_000;
    private static final int BATCH = 500;

    /** One change to the ledger, applied to what it keeps for the key. */
    private sealed interface Write {
        SignalKey key();

        Optional<PastSignal> apply(Optional<PastSignal> kept);
    }

    /** A scan's row or a live update: the quick values of the candle's signal. */
    private record RowSeen(PastSignal signal) implements Write {
        public SignalKey key() {
            return SignalKey.of(signal);
        }

        public Optional<PastSignal> apply(Optional<PastSignal> kept) {
            return Optional.of(LedgerEntries.mergeRow(kept, signal));
        }
    }

    /** A completed deep analysis of the row's candle. */
    private record DeepSeen(PastSignal signal, DeepAnalysis deep, Double score) implements Write {
        public SignalKey key() {
            return SignalKey.of(signal);
        }

        public Optional<PastSignal> apply(Optional<PastSignal> kept) {
            return Optional.of(LedgerEntries.withDeep(LedgerEntries.mergeRow(kept, signal), deep, score));
        }
    }

    private final LedgerStore store;
    private final ScorecardConfig config;
    private final LedgerMetrics metrics;
    private final List<Integer> horizons;
    private final BlockingQueue<Write> queue = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean overflowing = new AtomicBoolean();

    LedgerRecorder(LedgerStore store, ScorecardConfig config, LedgerMetrics metrics) {
        this.store = store;
        this.config = config;
        this.metrics = metrics;
        this.horizons = LedgerEntries.horizons(config.horizons());
    }

    void onQuickScan(@Observes ScanLifecycle.QuickScanCompleted event) {
        for (SymbolAnalysis analysis : event.result().analyses()) {
            LedgerEntries.fromRow(analysis.row(), horizons).ifPresent(s -> offer(new RowSeen(s)));
        }
        drain();
    }

    void onAnalyzed(@Observes ScanLifecycle.SymbolAnalyzed event) {
        SymbolAnalysis analysis = event.analysis();
        ScanRow row = analysis.row();
        if (analysis.deepAnalysis() != null && row.status() == SignalStatus.COMPLETE) {
            LedgerEntries.fromRow(row, horizons)
                    .ifPresent(s -> offer(new DeepSeen(s, analysis.deepAnalysis(), row.opportunityScore())));
            drain();
        }
    }

    void onLiveUpdate(@Observes SignalUpdate update) {
        LedgerEntries.fromRow(update.row(), horizons).ifPresent(s -> offer(new RowSeen(s)));
        drain();
    }

    private void offer(Write write) {
        if (queue.offer(write)) {
            return;
        }
        metrics.dropped("queue_full", 1);
        if (overflowing.compareAndSet(false, true)) {
            LOG.warnf("The signal ledger's queue is full (%d writes): signals are dropped until it drains", QUEUE);
        }
    }

    private void drain() {
        if (!queue.isEmpty() && draining.compareAndSet(false, true)) {
            Infrastructure.getDefaultWorkerPool().execute(this::writeBatch);
        }
    }

    private void writeBatch() {
        List<Write> batch = new ArrayList<>(BATCH);
        queue.drainTo(batch, BATCH);
        if (batch.isEmpty()) {
            draining.set(false);
            overflowing.set(false);
            drain(); // a write offered while this drain was ending
            return;
        }
        Multi.createFrom()
                .iterable(batch)
                .onItem()
                .transformToUniAndConcatenate(w -> store.update(w.key(), w::apply)
                        .onFailure()
                        .recoverWithItem(failure -> {
                            LOG.warnf("Signal %s is not kept: %s", w.key().id(), failure.getMessage());
                            return null;
                        }))
                .collect()
                .last()
                .chain(() -> store.trim(config.maxSignals()))
                .subscribe()
                .with(
                        over -> {
                            metrics.dropped("over_capacity", over);
                            Infrastructure.getDefaultWorkerPool().execute(this::writeBatch);
                        },
                        failure -> {
                            LOG.warnf("The signal ledger could not be trimmed: %s", failure.getMessage());
                            Infrastructure.getDefaultWorkerPool().execute(this::writeBatch);
                        });
    }
}

package io.fastscanner.schedule;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.Regime;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.ScanLifecycle;
import io.fastscanner.scan.ScanLifecycle.ObserverOrder;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalUpdate;
import io.fastscanner.scan.SymbolAnalysis;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Compares each scan with the previous scan of the same symbols (per exchange and timeframe) and reports every
 * significant change as {@link ChangesDetected}: signal flips, strength changes, price moves, RSI crossing 30 or 70
 * (after the quick phase, and as each candle closes on a live stream) and regime changes (after each symbol's deep
 * analysis). Failed and stale symbols are not compared. The alert rules of these kinds raise the alerts
 * (io.fastscanner.rules): a kind no enabled rule covers raises none.
 */
@ApplicationScoped
public class ChangeTracker {

    /** A symbol on an exchange and a timeframe: what one snapshot is remembered for. */
    private record Key(Listing listing, Timeframe timeframe) {

        static Key of(ScanRow row) {
            return new Key(new Listing(row.exchange(), row.symbol()), row.timeframe());
        }
    }

    private final ChangeRules rules;
    private final Event<ChangesDetected> detected;
    private final Map<Key, SymbolSnapshot> previous = new ConcurrentHashMap<>();

    ChangeTracker(AlertsConfig config, Event<ChangesDetected> detected) {
        this.rules = new ChangeRules(config.strengthDelta(), config.priceMovePct());
        this.detected = detected;
    }

    void onQuickScan(@Observes @Priority(ObserverOrder.TRACK_CHANGES) ScanLifecycle.QuickScanCompleted event) {
        String scanId = event.result().scanId();
        for (SymbolAnalysis analysis : event.result().analyses()) {
            compareQuick(scanId, analysis.row());
        }
    }

    /** A candle closed on a live stream: the recomputed signal is compared like a scan's. */
    void onSignalUpdate(@Observes @Priority(ObserverOrder.TRACK_CHANGES) SignalUpdate event) {
        compareQuick(event.scanId(), event.row());
    }

    private void compareQuick(String scanId, ScanRow row) {
        if (row.failed() || row.stale()) {
            return;
        }
        SymbolSnapshot now = new SymbolSnapshot(row.signal(), row.strength(), row.price(), row.rsi(), null);
        SymbolSnapshot before = replace(Key.of(row), old -> old == null ? now : now.withRegime(old.regime()));
        if (before != null) {
            detected.fire(new ChangesDetected(
                    scanId, row, null, ChangesDetected.QUICK, rules.quick(row.symbol(), before, now)));
        }
    }

    void onSymbolAnalyzed(@Observes @Priority(ObserverOrder.TRACK_CHANGES) ScanLifecycle.SymbolAnalyzed event) {
        ScanRow row = event.analysis().row();
        DeepAnalysis deep = event.analysis().deepAnalysis();
        if (deep == null || deep.marketRegime() == null) {
            return;
        }
        Regime regime = deep.marketRegime().regime();
        SymbolSnapshot before = replace(Key.of(row), old -> old == null ? null : old.withRegime(regime));
        if (before != null && before.regime() != null) {
            detected.fire(new ChangesDetected(
                    event.scanId(),
                    row,
                    deep,
                    ChangesDetected.DEEP,
                    rules.regime(row.symbol(), before.regime(), regime)));
        }
    }

    /** Replaces a symbol's snapshot atomically; the snapshot it replaced, or null. */
    private SymbolSnapshot replace(Key key, UnaryOperator<SymbolSnapshot> next) {
        SymbolSnapshot[] before = new SymbolSnapshot[1];
        previous.compute(key, (k, old) -> {
            before[0] = old;
            return next.apply(old);
        });
        return before[0];
    }
}

package io.fastscanner.schedule;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.events.EventBus;
import io.fastscanner.scan.ScanLifecycle;
import io.fastscanner.scan.Signal;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.scan.SymbolAnalysis;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compares each scan with the previous scan of the same symbols (per timeframe) and raises an {@code alert} for
 * every significant change: signal flips, strength changes, price moves, RSI crossing 30 or 70 (after the quick
 * phase) and regime changes (after each symbol's deep analysis). Failed and stale symbols are not compared.
 */
@ApplicationScoped
public class ChangeTracker {

    private static final int LATE = 5000; // after the scan's own events have been published

    @Inject
    AlertsConfig config;
    @Inject
    AlertStore store;
    @Inject
    EventBus bus;

    private final Map<String, SymbolSnapshot> previous = new ConcurrentHashMap<>();

    void onQuickScan(@Observes @Priority(LATE) ScanLifecycle.QuickScanCompleted event) {
        ChangeRules rules = rules();
        String scanId = event.result().scanId();
        for (SymbolAnalysis analysis : event.result().analyses()) {
            Signal s = analysis.signal();
            if (s.status() == SignalStatus.FAILED || s.stale()) {
                continue;
            }
            String key = key(s);
            SymbolSnapshot now = new SymbolSnapshot(s.signal().name(), s.strength(), s.price(), s.rsi(), null);
            SymbolSnapshot before = previous.get(key);
            previous.put(key, before == null ? now : now.withRegime(before.regime()));
            if (before != null) {
                raise(scanId, s, rules.quick(s.symbol(), before, now));
            }
        }
    }

    void onSymbolAnalyzed(@Observes @Priority(LATE) ScanLifecycle.SymbolAnalyzed event) {
        Signal s = event.analysis().signal();
        if (!(event.analysis().deepAnalysis() instanceof DeepAnalysis deep) || deep.marketRegime() == null) {
            return;
        }
        String regime = deep.marketRegime().regime().json();
        SymbolSnapshot before = previous.get(key(s));
        if (before == null) {
            return;
        }
        previous.put(key(s), before.withRegime(regime));
        raise(event.scanId(), s, rules().regime(s.symbol(), before.regime(), regime));
    }

    private void raise(String scanId, Signal s, List<ChangeRules.Change> changes) {
        for (ChangeRules.Change change : changes) {
            Alert alert = store.add(scanId, s.symbol(), s.timeframe(), change);
            bus.publish("alert", scanId, s.symbol(), Map.of("alert", alert, "symbol", s.symbol(),
                    "kind", alert.kind(), "message", alert.message()));
        }
    }

    private ChangeRules rules() {
        return new ChangeRules(config.strengthDelta(), config.priceMovePct());
    }

    private static String key(Signal s) {
        return s.symbol() + "|" + s.timeframe();
    }
}

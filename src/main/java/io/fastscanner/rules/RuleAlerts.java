package io.fastscanner.rules;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.scan.ScanLifecycle;
import io.fastscanner.scan.ScanLifecycle.ObserverOrder;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalUpdate;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.schedule.AlertKind;
import io.fastscanner.schedule.AlertRaiser;
import io.fastscanner.schedule.ChangeRules;
import io.fastscanner.schedule.ChangesDetected;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Feeds the {@link RuleEngine} and raises the alerts of the rules that fire. Screen rules look at each row of a quick
 * scan and at each live signal update, or, when they read the deep analysis, at each symbol's finished deep
 * analysis; change rules at each comparison {@link io.fastscanner.schedule.ChangeTracker} reports. Runs where the
 * scan (or the candle's live update) runs: on its owner replica, so each alert is raised once. Observers run on the
 * scan's thread and never block: alerts are published and deliveries queued.
 */
@ApplicationScoped
class RuleAlerts {

    /** After change tracking raised the quick scan's change alerts, before the deep analysis starts. */
    static final int ORDER = ObserverOrder.TRACK_CHANGES + 1;

    private final RuleBook book;
    private final AlertRaiser raiser;
    private final AlertDeliveries deliveries;
    private final Clock clock;

    RuleAlerts(RuleBook book, AlertRaiser raiser, AlertDeliveries deliveries, Clock clock) {
        this.book = book;
        this.raiser = raiser;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    void onQuickScan(@Observes @Priority(ORDER) ScanLifecycle.QuickScanCompleted event) {
        for (SymbolAnalysis analysis : event.result().analyses()) {
            screen(event.result().scanId(), analysis, false);
        }
    }

    void onSignalUpdate(@Observes @Priority(ORDER) SignalUpdate event) {
        if (event.analysis() != null) {
            screen(event.scanId(), event.analysis(), false);
        }
    }

    void onSymbolAnalyzed(@Observes @Priority(ORDER) ScanLifecycle.SymbolAnalyzed event) {
        if (event.analysis().deepAnalysis() != null) {
            screen(event.scanId(), event.analysis(), true);
        }
    }

    /** The screen rules that read the deep analysis ({@code deep}) or do not look at the symbol. */
    private void screen(String scanId, SymbolAnalysis analysis, boolean deep) {
        ScanRow row = analysis.row();
        if (row.failed() || row.candleTime() == null) {
            return;
        }
        for (AlertRule rule : book.all()) {
            if (rule.condition() instanceof RuleCondition.ScreenMatch match
                    && rule.enabled()
                    && rule.usesDeepFields() == deep
                    && rule.scope().covers(analysis.listing(), row.timeframe())) {
                int events = match.screen().matches(analysis) ? 1 : 0;
                if (book.engine().look(rule, look(row, events)) > 0) {
                    String text = match.screen().text();
                    String message = row.symbol() + " matches \"" + rule.name() + "\": " + text;
                    fire(
                            rule,
                            scanId,
                            row,
                            analysis.deepAnalysis(),
                            new ChangeRules.Change(AlertKind.SCREEN_MATCH, message, null, text));
                }
            }
        }
    }

    /** A comparison of a symbol's values: each change rule of a compared kind looks at it, then the changes fire. */
    void onChanges(@Observes ChangesDetected event) {
        ScanRow row = event.row();
        if (row.candleTime() == null) {
            return;
        }
        Map<AlertRule, int[]> firing = new LinkedHashMap<>();
        for (AlertRule rule : book.all()) {
            AlertKind kind = rule.condition().kind();
            if (kind.isChange() && event.compared().contains(kind)) {
                int events = (int)
                        event.changes().stream().filter(c -> c.kind() == kind).count();
                int fired = book.engine().look(rule, look(row, events));
                if (fired > 0) {
                    firing.put(rule, new int[] {fired});
                }
            }
        }
        // in the order the changes were found, as before rules existed
        for (ChangeRules.Change change : event.changes()) {
            firing.forEach((rule, left) -> {
                if (rule.condition().kind() == change.kind() && left[0] > 0) {
                    left[0]--;
                    fire(rule, event.scanId(), row, event.deep(), change);
                }
            });
        }
    }

    private RuleEngine.Look look(ScanRow row, int events) {
        return new RuleEngine.Look(
                new Listing(row.exchange(), row.symbol()), row.timeframe(), row.candleTime(), clock.instant(), events);
    }

    private void fire(AlertRule rule, String scanId, ScanRow row, DeepAnalysis deep, ChangeRules.Change change) {
        deliveries.send(rule, raiser.raise(scanId, row, rule.id(), change), row, deep);
    }
}

package io.fastscanner.schedule;

import io.fastscanner.events.EventBus;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.scan.ScanRow;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Raises an alert for an alert rule: numbers it, keeps it for {@code GET /api/scanner/alerts} (and, with replicas, in
 * Redis) and publishes it as an {@code alert} event. The rules decide when (io.fastscanner.rules).
 */
@ApplicationScoped
public class AlertRaiser {

    private final AlertStore store;
    private final SharedAlerts shared;
    private final EventBus bus;

    AlertRaiser(AlertStore store, SharedAlerts shared, EventBus bus) {
        this.store = store;
        this.shared = shared;
        this.bus = bus;
    }

    /** The alert that rule {@code ruleId} raises for {@code change} of the symbol of {@code row}. */
    public Alert raise(String scanId, ScanRow row, String ruleId, ChangeRules.Change change) {
        Alert alert = store.add(scanId, new Listing(row.exchange(), row.symbol()), row.timeframe(), ruleId, change);
        shared.raised(alert);
        bus.publish(AlertRaised.of(alert));
        return alert;
    }
}

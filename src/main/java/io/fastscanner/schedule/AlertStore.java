package io.fastscanner.schedule;

import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.time.TimeId;
import io.fastscanner.time.TimeIdSequence;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/**
 * The newest alerts (bounded by {@code scanner.alerts.history-size}), in id order. Alerts raised here are added by
 * {@link #add}; with replicas sharing a store, the other replicas' alerts arrive through {@link #keep}.
 */
@ApplicationScoped
public class AlertStore {

    private final int capacity;
    private final Clock clock;
    private final TreeMap<TimeId, Alert> alerts = new TreeMap<>();
    private final TimeIdSequence ids;

    AlertStore(AlertsConfig config, Clock clock) {
        this.capacity = Math.max(1, config.historySize());
        this.clock = clock;
        this.ids = new TimeIdSequence(clock);
    }

    synchronized Alert add(
            String scanId, Listing listing, Timeframe timeframe, String ruleId, ChangeRules.Change change) {
        Alert alert = new Alert(
                ids.next(),
                scanId,
                listing.exchange(),
                listing.symbol(),
                timeframe,
                change.kind(),
                ruleId,
                change.message(),
                change.previous(),
                change.current(),
                clock.instant());
        keep(alert);
        return alert;
    }

    /** Keeps an alert raised here or by another replica (again: nothing changes), dropping the oldest beyond the bound. */
    synchronized void keep(Alert alert) {
        alerts.putIfAbsent(alert.id(), alert);
        while (alerts.size() > capacity) {
            alerts.pollFirstEntry();
        }
    }

    /** Alerts newer than id {@code id}, oldest first, at most {@code limit}. */
    public synchronized List<Alert> sinceId(TimeId id, int limit) {
        return alerts.tailMap(id, false).values().stream().limit(limit).toList();
    }

    /** Alerts raised after {@code time}, oldest first, at most {@code limit}. */
    public synchronized List<Alert> since(Instant time, int limit) {
        return alerts.values().stream()
                .filter(a -> a.timestamp().isAfter(time))
                .limit(limit)
                .toList();
    }

    /** The newest {@code limit} alerts, oldest first. */
    public synchronized List<Alert> newest(int limit) {
        return alerts.values().stream().skip(Math.max(0, alerts.size() - limit)).toList();
    }
}

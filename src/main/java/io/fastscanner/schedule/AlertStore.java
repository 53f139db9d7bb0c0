package io.fastscanner.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.List;

/** The newest alerts (bounded by {@code scanner.alerts.history-size}), oldest first. */
@ApplicationScoped
public class AlertStore {

    @Inject
    AlertsConfig config;

    private final ArrayDeque<Alert> alerts = new ArrayDeque<>();
    private long lastId;

    synchronized Alert add(String scanId, String symbol, String timeframe, ChangeRules.Change change) {
        Alert alert = new Alert(++lastId, scanId, symbol, timeframe, change.kind(), change.message(),
                change.previous(), change.current(), Instant.now());
        alerts.addLast(alert);
        while (alerts.size() > Math.max(1, config.historySize())) {
            alerts.removeFirst();
        }
        return alert;
    }

    public synchronized List<Alert> sinceId(long id, int limit) {
        return alerts.stream().filter(a -> a.id() > id).limit(limit).toList();
    }

    public synchronized List<Alert> since(Instant time, int limit) {
        return alerts.stream().filter(a -> a.timestamp().isAfter(time)).limit(limit).toList();
    }
}

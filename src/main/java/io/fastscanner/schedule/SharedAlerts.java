package io.fastscanner.schedule;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.events.EventBus;
import io.fastscanner.events.EventName;
import io.fastscanner.events.ScanEvent;
import io.fastscanner.store.StoreConfig;
import io.fastscanner.store.StoreHealth;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.list.ReactiveListCommands;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.jboss.logging.Logger;

/**
 * Every replica's alerts on every replica ({@code scanner.store=redis}). An alert raised here is appended to the list
 * {@code <prefix>alerts} (trimmed to {@code scanner.alerts.history-size}), so a replica that starts serves the alerts
 * raised before it; the alerts other replicas raise arrive with their {@code alert} events in the shared event log.
 */
@ApplicationScoped
public class SharedAlerts {

    private static final Logger LOG = Logger.getLogger(SharedAlerts.class);

    private final StoreConfig store;
    private final AlertStore alerts;
    private final EventBus bus;
    private final ObjectMapper json;
    private final StoreHealth health;
    private final Instance<ReactiveRedisDataSource> redis;
    private final int capacity;

    SharedAlerts(
            StoreConfig store,
            AlertsConfig config,
            AlertStore alerts,
            EventBus bus,
            ObjectMapper json,
            StoreHealth health,
            Instance<ReactiveRedisDataSource> redis) {
        this.store = store;
        this.alerts = alerts;
        this.bus = bus;
        this.json = json;
        this.health = health;
        this.redis = redis;
        this.capacity = Math.max(1, config.historySize());
    }

    void start(@Observes StartupEvent event) {
        if (!store.redis()) {
            return;
        }
        bus.listen(this::fromLog);
        list().lrange(key(), 0, -1)
                .subscribe()
                .with(
                        kept -> kept.forEach(text -> read(text, "the alert list")),
                        failure -> health.unreachable("reading the alerts", failure));
    }

    /** An alert raised here: kept in Redis for the replicas that start later. */
    void raised(Alert alert) {
        if (!store.redis()) {
            return;
        }
        String text;
        try {
            text = json.writeValueAsString(alert);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert " + alert.id() + " cannot be serialised", e);
        }
        list().rpush(key(), text)
                .chain(() -> list().ltrim(key(), -capacity, -1))
                .subscribe()
                .with(ignored -> health.reachable(), failure -> {
                    health.unreachable("keeping an alert", failure);
                    LOG.warnf("Alert %s is not kept in Redis: replicas that start later will not list it", alert.id());
                });
    }

    private void fromLog(ScanEvent event) {
        if (event.name() == EventName.ALERT) {
            try {
                alerts.keep(json.treeToValue(json.readTree(event.json()).get("alert"), Alert.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                LOG.warnf("Alert event %s could not be read: %s", event.id(), e.getMessage());
            }
        }
    }

    private void read(String text, String where) {
        try {
            alerts.keep(json.readValue(text, Alert.class));
        } catch (JsonProcessingException e) {
            LOG.warnf("An entry of %s could not be read: %s", where, e.getMessage());
        }
    }

    private ReactiveListCommands<String, String> list() {
        return redis.get().list(String.class);
    }

    private String key() {
        return store.redisPrefix() + "alerts";
    }
}

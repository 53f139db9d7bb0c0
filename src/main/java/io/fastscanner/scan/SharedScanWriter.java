package io.fastscanner.scan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.store.OrderedWrites;
import io.fastscanner.store.Replica;
import io.fastscanner.store.StoreConfig;
import io.fastscanner.store.StoreHealth;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps this replica's scans in Redis ({@code scanner.store=redis}), where every replica reads them
 * ({@link RedisScanView}): each change of {@link ScanState} becomes a write, in order ({@link OrderedWrites}), under
 * the keys of {@link ScanKeys}. A scan's keys expire {@code scanner.redis.scan-ttl} after its last change; the list of
 * finished scans is trimmed to {@code scanner.history.size}.
 */
@ApplicationScoped
public class SharedScanWriter implements ScanStateChanges {

    private static final int MAX_WAITING = 20_000;

    private final StoreConfig store;
    private final Replica replica;
    private final int historySize;
    private final ObjectMapper json;
    private final Instance<ReactiveRedisDataSource> redis;
    private final ScanKeys keys;
    private final OrderedWrites writes;

    SharedScanWriter(
            StoreConfig store,
            HistoryConfig history,
            ObjectMapper json,
            StoreHealth health,
            Replica replica,
            Instance<ReactiveRedisDataSource> redis) {
        this.store = store;
        this.replica = replica;
        this.historySize = Math.max(1, history.size());
        this.json = json;
        this.redis = redis;
        this.keys = new ScanKeys(store.redisPrefix());
        this.writes = new OrderedWrites(MAX_WAITING, health);
    }

    /** What {@link ScanState} tells of its changes: this writer with the redis store, nobody otherwise. */
    ScanStateChanges changes() {
        return store.redis() ? this : ScanStateChanges.NONE;
    }

    @Override
    public void started(String scanId, Instant startedAt) {
        // the claim first: a scan listed as running without one would look abandoned to the other replicas
        writes.submit(
                "recording a scan's start",
                () -> data().value(String.class)
                        .set(keys.owner(scanId), replica.tag(), new SetArgs().px(store.redisLease()))
                        .chain(() ->
                                data().sortedSet(String.class).zadd(keys.running(), startedAt.toEpochMilli(), scanId)));
    }

    @Override
    public void finished(ScanResult result, ScanHistoryEntry entry) {
        String scanId = result.scanId();
        String entryJson = write(entry);
        String order =
                write(result.analyses().stream().map(a -> a.listing().key()).toList());
        Map<String, String> analyses = new LinkedHashMap<>();
        result.analyses().forEach(a -> analyses.put(a.listing().key(), write(a)));
        long ttlSeconds = store.redisScanTtl().toSeconds();
        writes.submit("keeping a scan's results", () -> {
            var values = data().value(String.class);
            var sorted = data().sortedSet(String.class);
            Uni<Void> rows = analyses.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : data().hash(String.class)
                            .hset(keys.analyses(scanId), analyses)
                            .chain(() -> data().key().expire(keys.analyses(scanId), ttlSeconds))
                            .replaceWithVoid();
            // The rows first: a replica waiting for this scan takes its entry and order as the sign that it is all
            // there.
            return rows.chain(() -> values.set(keys.order(scanId), order, new SetArgs().ex(ttlSeconds)))
                    .chain(() -> values.set(keys.entry(scanId), entryJson, new SetArgs().ex(ttlSeconds)))
                    .chain(() -> sorted.zadd(keys.finished(), entry.timestamp().toEpochMilli(), scanId))
                    .chain(() -> sorted.zremrangebyrank(keys.finished(), 0, -(historySize + 1)));
        });
    }

    @Override
    public void updated(String scanId, SymbolAnalysis analysis) {
        String field = analysis.listing().key();
        String value = write(analysis);
        writes.submit(
                "keeping a symbol's analysis",
                () -> data().hash(String.class)
                        .hset(keys.analyses(scanId), field, value)
                        .chain(() -> data().key()
                                .expire(
                                        keys.analyses(scanId),
                                        store.redisScanTtl().toSeconds())));
    }

    @Override
    public void superseded(ScanHistoryEntry entry) {
        String value = write(entry);
        writes.submit(
                "recording a superseded scan",
                () -> data().value(String.class)
                        .set(
                                keys.entry(entry.scanId()),
                                value,
                                new SetArgs().ex(store.redisScanTtl().toSeconds())));
    }

    @Override
    public void failed(String scanId) {
        closed(scanId);
    }

    void onProgress(@Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.SymbolAnalyzed event) {
        if (store.redis()) {
            queueLength(event.remaining());
        }
    }

    void onDeepComplete(
            @Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.DeepAnalysisCompleted event) {
        if (store.redis()) {
            queueLength(0);
            closed(event.scanId());
        }
    }

    void onFailed(@Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Failed event) {
        if (store.redis()) {
            String value = write(ScanFailure.of(event.failure()));
            writes.submit(
                    "recording why a scan failed",
                    () -> data().value(String.class)
                            .set(
                                    keys.failure(event.scanId()),
                                    value,
                                    new SetArgs().ex(store.redisScanTtl().toSeconds())));
        }
    }

    void onSuperseded(@Observes @Priority(ScanLifecycle.ObserverOrder.PUBLISH_EVENT) ScanLifecycle.Superseded event) {
        if (store.redis()) {
            closed(event.scanId());
        }
    }

    /** Queues another write behind this replica's scan changes, so it reaches Redis after them. */
    void submit(String what, Supplier<Uni<?>> command) {
        writes.submit(what, command);
    }

    private void queueLength(int remaining) {
        writes.submit(
                "recording the deep analysis' queue",
                () -> data().value(String.class)
                        .set(
                                keys.deepQueue(),
                                Integer.toString(remaining),
                                new SetArgs().ex(store.redisScanTtl().toSeconds())));
    }

    /** The scan has had its closing event (or failed): it no longer counts as running, and nobody owns it. */
    void closed(String scanId) {
        writes.submit(
                "recording a scan's end",
                () -> data().sortedSet(String.class)
                        .zrem(keys.running(), scanId)
                        .chain(() -> data().key().del(keys.owner(scanId))));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot be written as JSON: " + value.getClass().getSimpleName(), e);
        }
    }

    private ReactiveRedisDataSource data() {
        return redis.get();
    }
}

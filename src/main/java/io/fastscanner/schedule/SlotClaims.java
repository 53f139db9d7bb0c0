package io.fastscanner.schedule;

import io.fastscanner.store.StoreConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each scheduled slot (a cron fire time) is scanned once, however many replicas fire for it and however often a
 * Kubernetes Job for it runs: the first to claim a slot scans it. Claims are kept for {@link #KEPT} in this process,
 * or in Redis ({@code SET <prefix>slot:<time> NX PX}) when replicas share a store. A scan that fails gives its slot
 * back, so a retry can scan it.
 */
@ApplicationScoped
public class SlotClaims {

    static final Duration KEPT = Duration.ofDays(1);

    private final StoreConfig store;
    private final Instance<ReactiveRedisDataSource> redis;
    private final Clock clock;
    private final Map<Instant, Instant> claimed = new ConcurrentHashMap<>();

    SlotClaims(StoreConfig store, Instance<ReactiveRedisDataSource> redis, Clock clock) {
        this.store = store;
        this.redis = redis;
        this.clock = clock;
    }

    /** True when this caller is the first to claim {@code slot}. */
    public Uni<Boolean> claim(Instant slot) {
        if (store.redis()) {
            return redis.get()
                    .execute("SET", key(slot), clock.instant().toString(), "NX", "PX", String.valueOf(KEPT.toMillis()))
                    .map(answer -> answer != null && "OK".equals(answer.toString()));
        }
        Instant now = clock.instant();
        claimed.values().removeIf(at -> at.isBefore(now.minus(KEPT)));
        return Uni.createFrom().item(claimed.putIfAbsent(slot, now) == null);
    }

    /** Gives a slot back after its scan failed. */
    public Uni<Void> release(Instant slot) {
        if (store.redis()) {
            return redis.get().execute("DEL", key(slot)).replaceWithVoid();
        }
        claimed.remove(slot);
        return Uni.createFrom().voidItem();
    }

    private String key(Instant slot) {
        return store.redisPrefix() + "slot:" + slot;
    }
}

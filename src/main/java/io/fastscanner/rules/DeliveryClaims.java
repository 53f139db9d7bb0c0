package io.fastscanner.rules;

import io.fastscanner.store.StoreConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;

/**
 * Each alert is delivered once. Only the replica that raised an alert delivers it, and before it does it claims the
 * delivery ({@code SET <prefix>delivery:<rule>:<alert> NX PX}, kept for {@link #KEPT}), so that a repeat or a race
 * never sends it twice. In one process every claim is won: each alert is raised once.
 */
@ApplicationScoped
class DeliveryClaims {

    static final Duration KEPT = Duration.ofDays(1);

    private final StoreConfig store;
    private final Instance<ReactiveRedisDataSource> redis;
    private final Clock clock;

    DeliveryClaims(StoreConfig store, Instance<ReactiveRedisDataSource> redis, Clock clock) {
        this.store = store;
        this.redis = redis;
        this.clock = clock;
    }

    /** True when this caller is the first to claim the delivery of {@code alertId} for rule {@code ruleId}. */
    Uni<Boolean> claim(String ruleId, String alertId) {
        if (!store.redis()) {
            return Uni.createFrom().item(true);
        }
        return redis.get()
                .execute(
                        "SET",
                        store.redisPrefix() + "delivery:" + ruleId + ":" + alertId,
                        clock.instant().toString(),
                        "NX",
                        "PX",
                        String.valueOf(KEPT.toMillis()))
                .map(answer -> answer != null && "OK".equals(answer.toString()));
    }
}

package io.fastscanner.scan;

import io.fastscanner.store.StoreConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;

/**
 * With replicas on Redis, each replica's streams see the same candle close: the first replica to claim it
 * ({@code SET <prefix>live:<exchange>:<symbol>:<tf>:<open> NX PX}) publishes its signal, the others stay silent. In
 * one process every claim is won: the caller already handles each candle once.
 */
@ApplicationScoped
public class CandleClaims {

    private static final Duration KEPT = Duration.ofHours(2);

    private final StoreConfig store;
    private final Instance<ReactiveRedisDataSource> redis;
    private final Clock clock;

    CandleClaims(StoreConfig store, Instance<ReactiveRedisDataSource> redis, Clock clock) {
        this.store = store;
        this.redis = redis;
        this.clock = clock;
    }

    /** True when this process is the first to claim the candle {@code id}. */
    Uni<Boolean> claim(String id) {
        if (!store.redis()) {
            return Uni.createFrom().item(true);
        }
        return redis.get()
                .execute(
                        "SET",
                        store.redisPrefix() + "live:" + id,
                        clock.instant().toString(),
                        "NX",
                        "PX",
                        String.valueOf(KEPT.toMillis()))
                .map(answer -> answer != null && "OK".equals(answer.toString()));
    }
}

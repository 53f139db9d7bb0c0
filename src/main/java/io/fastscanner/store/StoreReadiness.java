package io.fastscanner.store;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code store} in {@code /q/health/ready}: always UP with {@code memory}; with {@code redis}, DOWN while Redis does
 * not answer a {@code PING} within {@link #PING_TIMEOUT}, with the reason. A replica without its store cannot serve
 * what the others computed, so the load balancer should send requests elsewhere until Redis is back.
 */
@Readiness
@ApplicationScoped
class StoreReadiness implements AsyncHealthCheck {

    static final String NAME = "store";
    static final Duration PING_TIMEOUT = Duration.ofSeconds(1);

    private final StoreConfig config;
    private final StoreHealth health;
    private final Instance<ReactiveRedisDataSource> redis;

    StoreReadiness(StoreConfig config, StoreHealth health, Instance<ReactiveRedisDataSource> redis) {
        this.config = config;
        this.health = health;
        this.redis = redis;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        if (!config.redis()) {
            return Uni.createFrom()
                    .item(HealthCheckResponse.named(NAME)
                            .up()
                            .withData("store", StoreKind.MEMORY.label())
                            .build());
        }
        return redis.get()
                .execute("PING")
                .ifNoItem()
                .after(PING_TIMEOUT)
                .failWith(() ->
                        new StoreUnavailableException("no answer to PING within " + PING_TIMEOUT.toMillis() + " ms"))
                .map(pong -> {
                    health.reachable();
                    return HealthCheckResponse.named(NAME)
                            .up()
                            .withData("store", StoreKind.REDIS.label())
                            .withData("prefix", config.redisPrefix())
                            .build();
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    health.unreachable("PING", failure);
                    return HealthCheckResponse.named(NAME)
                            .down()
                            .withData("store", StoreKind.REDIS.label())
                            .withData(
                                    "reason",
                                    health.outage()
                                            .map(StoreHealth.Outage::reason)
                                            .orElse(failure.toString()))
                            .build();
                });
    }
}

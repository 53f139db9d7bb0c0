package io.fastscanner.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** {@code scanner.store} and {@code scanner.redis.*}: where the state that replicas share lives, and for how long. */
@ConfigMapping(prefix = "scanner")
public interface StoreConfig {

    /** {@code memory}: this process only, nothing to install; {@code redis}: shared by every replica. */
    @WithDefault("memory")
    StoreKind store();

    /** Every key the service writes in Redis starts with this, so several deployments (or test runs) can share one. */
    @WithName("redis.prefix")
    @WithDefault("fast-scanner:")
    String redisPrefix();

    /** How long a scan's keys (its entry, order and analyses) stay in Redis after its last change. */
    @WithName("redis.scan-ttl")
    @WithDefault("48h")
    Duration redisScanTtl();

    /**
     * How long a replica's claim on a scan holds unless renewed (it renews it at a third of this while the scan runs):
     * when a replica dies, another one closes its scans this long after its last renewal at the latest.
     */
    @WithName("redis.lease")
    @WithDefault("15s")
    Duration redisLease();

    default boolean redis() {
        return store() == StoreKind.REDIS;
    }
}

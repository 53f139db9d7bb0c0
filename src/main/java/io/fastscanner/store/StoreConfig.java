package io.fastscanner.store;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** {@code scanner.store} and {@code scanner.redis.prefix}: where the state that replicas share lives. */
@ConfigMapping(prefix = "scanner")
public interface StoreConfig {

    /** {@code memory}: this process only, nothing to install; {@code redis}: shared by every replica. */
    @WithDefault("memory")
    StoreKind store();

    /** Every key the service writes in Redis starts with this, so several deployments (or test runs) can share one. */
    @WithName("redis.prefix")
    @WithDefault("fast-scanner:")
    String redisPrefix();

    default boolean redis() {
        return store() == StoreKind.REDIS;
    }
}

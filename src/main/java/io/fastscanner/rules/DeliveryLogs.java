package io.fastscanner.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.store.StoreConfig;
import io.fastscanner.store.StoreHealth;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** The {@link DeliveryLog} of {@code scanner.store}; the memory store never looks up the Redis client. */
@ApplicationScoped
class DeliveryLogs {

    @Produces
    @ApplicationScoped
    DeliveryLog log(
            StoreConfig store,
            RulesConfig rules,
            ObjectMapper json,
            StoreHealth health,
            Instance<ReactiveRedisDataSource> redis) {
        return store.redis()
                ? new RedisDeliveryLog(redis.get(), store.redisPrefix(), rules.deliveriesPerRule(), json, health)
                : new LocalDeliveryLog(rules.deliveriesPerRule());
    }
}

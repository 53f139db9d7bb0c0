package io.fastscanner.screens.saved;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.store.StoreConfig;
import io.fastscanner.store.StoreHealth;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

/** The {@link ScreenStore} of {@code scanner.store}; the memory store never looks up the Redis client. */
@ApplicationScoped
class ScreenStores {

    @Produces
    @ApplicationScoped
    ScreenStore store(
            StoreConfig store, ObjectMapper json, StoreHealth health, Instance<ReactiveRedisDataSource> redis) {
        return store.redis()
                ? new RedisScreenStore(redis.get(), store.redisPrefix(), json, health)
                : new MemoryScreenStore();
    }
}

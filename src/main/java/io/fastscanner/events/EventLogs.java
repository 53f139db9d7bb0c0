package io.fastscanner.events;

import io.fastscanner.store.StoreConfig;
import io.fastscanner.store.StoreHealth;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The event log {@code scanner.store} names. Redis is only touched when it is {@code redis}. */
@ApplicationScoped
class EventLogs {

    @Produces
    @ApplicationScoped
    EventLog eventLog(
            StoreConfig store,
            EventsConfig events,
            Clock clock,
            Instance<ReactiveRedisDataSource> redis,
            StoreHealth health) {
        if (!store.redis()) {
            return new LocalEventLog(clock);
        }
        return new RedisEventLog(redis.get(), store.redisPrefix() + "events", events.replaySize(), health);
    }

    void close(@Disposes EventLog log) {
        if (log instanceof RedisEventLog redis) {
            redis.close();
        }
    }
}

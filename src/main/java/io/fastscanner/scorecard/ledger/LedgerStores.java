package io.fastscanner.scorecard.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.scorecard.ScorecardConfig;
import io.fastscanner.store.Replica;
import io.fastscanner.store.StoreConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/** The {@link LedgerStore} of {@code scanner.store}; the memory store never looks up the Redis client. */
@ApplicationScoped
class LedgerStores {

    /** The least time a replica holds a claimed signal, however often measuring runs. */
    static final Duration MIN_LEASE = Duration.ofMinutes(2);

    @Produces
    @ApplicationScoped
    LedgerStore ledger(
            StoreConfig store,
            ScorecardConfig scorecard,
            ObjectMapper json,
            Clock clock,
            Replica replica,
            Instance<ReactiveRedisDataSource> redis) {
        if (!store.redis()) {
            return new MemoryLedger();
        }
        return new RedisLedger(redis.get(), store.redisPrefix(), json, clock, lease(scorecard), replica.tag());
    }

    /** How long a claim holds if its replica dies while measuring: then another replica measures the signal. */
    static Duration lease(ScorecardConfig scorecard) {
        Duration rounds = scorecard.measureEvery().multipliedBy(3);
        return rounds.compareTo(MIN_LEASE) > 0 ? rounds : MIN_LEASE;
    }
}

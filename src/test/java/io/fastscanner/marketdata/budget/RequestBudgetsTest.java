package io.fastscanner.marketdata.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.store.StoreConfig;
import io.fastscanner.store.StoreKind;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.inject.Provider;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code scanner.store} chooses where a budget lives; the memory store never asks for the Redis client. */
class RequestBudgetsTest {

    private static final WindowLimit LIMIT = RequestBudgetContract.LIMIT;

    private record Store(StoreKind store) implements StoreConfig {
        @Override
        public String redisPrefix() {
            return "fast-scanner-test:";
        }

        @Override
        public Duration redisScanTtl() {
            return Duration.ofHours(1);
        }

        @Override
        public Duration redisLease() {
            return Duration.ofSeconds(15);
        }
    }

    private final AtomicInteger lookups = new AtomicInteger();

    private RequestBudgets budgets(StoreKind kind, Provider<ReactiveRedisDataSource> redis) {
        Provider<ReactiveRedisDataSource> counted = () -> {
            lookups.incrementAndGet();
            return redis.get();
        };
        return new RequestBudgets(new Store(kind), () -> Duration.ofSeconds(2), Clock.systemUTC(), counted);
    }

    @Test
    void theMemoryStoreKeepsTheBudgetInThisProcessWithoutLookingUpRedis() {
        RequestBudgets budgets = budgets(StoreKind.MEMORY, () -> {
            throw new IllegalStateException("the memory store must not look up Redis");
        });

        assertThat(budgets.budget(LIMIT)).isInstanceOf(LocalRequestBudget.class);
        assertThat(lookups).hasValue(0);
    }

    @Test
    void theRedisStoreSharesTheBudgetInRedis() {
        try (TestRedis redis = new TestRedis()) {
            RequestBudgets budgets = budgets(StoreKind.REDIS, () -> redis.dataSource(TestRedis.URL));

            assertThat(budgets.budget(LIMIT)).isInstanceOf(RedisRequestBudget.class);
            assertThat(lookups).hasValue(1);
        }
    }
}

package io.fastscanner.marketdata.budget;

import io.fastscanner.store.StoreConfig;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.time.Clock;
import org.jboss.logging.Logger;

/**
 * Opens the {@link BudgetGate} of each exchange limit, with its bookkeeping where {@code scanner.store} says: in this
 * process ({@code memory}), or in Redis under {@code scanner.redis.prefix} ({@code redis}). The Redis client is only
 * looked up in redis mode, so the memory mode never touches Redis.
 */
@ApplicationScoped
public class RequestBudgets {

    private static final Logger LOG = Logger.getLogger(RequestBudgets.class);

    private final StoreConfig store;
    private final BudgetConfig config;
    private final Clock clock;
    private final Provider<ReactiveRedisDataSource> redis;

    @Inject
    RequestBudgets(StoreConfig store, BudgetConfig config, Clock clock, Instance<ReactiveRedisDataSource> redis) {
        this(store, config, clock, (Provider<ReactiveRedisDataSource>) redis);
    }

    RequestBudgets(StoreConfig store, BudgetConfig config, Clock clock, Provider<ReactiveRedisDataSource> redis) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.redis = redis;
    }

    /** The gate of {@code limit}; open it once per limit and keep it. */
    public BudgetGate gate(WindowLimit limit) {
        return new BudgetGate(budget(limit), clock);
    }

    RequestBudget budget(WindowLimit limit) {
        if (!store.redis()) {
            return new LocalRequestBudget(limit);
        }
        LOG.infof(
                "Request budget %s: shared by every replica, in Redis under %sbudget:%s:",
                limit.name(), store.redisPrefix(), limit.name());
        return new RedisRequestBudget(redis.get(), store.redisPrefix(), limit, config.storeTimeout());
    }
}

package io.fastscanner.marketdata.budget;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code scanner.budget.*}: the exchanges' request budgets, shared in Redis with {@code scanner.store=redis}. */
@ConfigMapping(prefix = "scanner.budget")
public interface BudgetConfig {

    /**
     * How long one read or update of a shared budget may wait for Redis; then the request it was for fails with
     * reason {@code store_unavailable} and is not sent. Default {@code 2s}.
     */
    @WithDefault("2s")
    Duration storeTimeout();
}

package io.fastscanner.testing;

import io.fastscanner.marketdata.budget.TestRedis;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/**
 * The bundled replay with {@code scanner.store=redis}, on the Redis at 127.0.0.1:6379 under a key prefix of this run's
 * own ({@link Keys}), and the saved screens checked for other replicas' changes every 200 ms.
 */
public class RedisStoreProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("scanner.screens.refresh", "200ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Keys.class));
    }

    /** Chooses the prefix, deletes its keys at the end, and is injected into test fields of its type. */
    public static class Keys implements QuarkusTestResourceLifecycleManager {

        private final String prefix = TestRedis.newPrefix();

        @Override
        public Map<String, String> start() {
            return Map.of(
                    "scanner.store", "redis", "scanner.redis.prefix", prefix, "quarkus.redis.hosts", TestRedis.URL);
        }

        @Override
        public void inject(TestInjector testInjector) {
            testInjector.injectIntoFields(this, new TestInjector.MatchesType(Keys.class));
        }

        public String prefix() {
            return prefix;
        }

        @Override
        public void stop() {
            new TestRedis(prefix).close();
        }
    }
}

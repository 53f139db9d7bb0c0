package io.fastscanner.marketdata.binance;

import io.fastscanner.marketdata.budget.TestRedis;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code scanner.store=redis} on the Redis at 127.0.0.1:6379, reached through a {@link TcpRelay} the tests can cut,
 * under a key prefix of this run's own; its keys are deleted at the end. Injected into test fields of its type.
 */
public class SharedRedisResource implements QuarkusTestResourceLifecycleManager {

    private final String prefix = TestRedis.newPrefix();
    private TcpRelay relay;

    @Override
    public Map<String, String> start() {
        try {
            relay = new TcpRelay(6379);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(
                "scanner.store",
                "redis",
                "scanner.redis.prefix",
                prefix,
                "quarkus.redis.hosts",
                "redis://127.0.0.1:" + relay.port());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(SharedRedisResource.class));
    }

    String prefix() {
        return prefix;
    }

    TcpRelay relay() {
        return relay;
    }

    @Override
    public void stop() {
        try {
            if (relay != null) {
                relay.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            new TestRedis(prefix).close(); // deletes the keys under the prefix
        }
    }
}

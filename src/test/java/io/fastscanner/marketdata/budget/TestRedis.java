package io.fastscanner.marketdata.budget;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.runtime.datasource.ReactiveRedisDataSourceImpl;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.RedisAPI;
import io.vertx.mutiny.redis.client.Response;
import io.vertx.redis.client.RedisOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The Redis on 127.0.0.1:6379 for tests that run without Quarkus, under a key prefix of their own
 * ({@code fast-scanner-test-<uuid>:}): each {@link #replica} is a separate client, as another process would have.
 * {@link #close} deletes every key under the prefix.
 */
public final class TestRedis implements AutoCloseable {

    public static final String URL = "redis://127.0.0.1:6379";
    /** {@code quarkus.redis.max-pool-waiting} in application.properties. */
    static final int MAX_POOL_WAITING = 1000;

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Vertx vertx = Vertx.vertx();
    private final List<Redis> clients = new ArrayList<>();
    private final String prefix;
    private final ReactiveRedisDataSource admin = dataSource(URL);

    /** Under a new prefix of its own. */
    public TestRedis() {
        this(newPrefix());
    }

    /** Under {@code prefix}, e.g. that of a running application, as another replica of it. */
    public TestRedis(String prefix) {
        this.prefix = prefix;
    }

    public static String newPrefix() {
        return "fast-scanner-test-" + UUID.randomUUID() + ":";
    }

    public String prefix() {
        return prefix;
    }

    /** A budget of {@code limit} under this prefix, through a client of its own. */
    public RequestBudget replica(WindowLimit limit) {
        return new RedisRequestBudget(dataSource(URL), prefix, limit, WAIT);
    }

    /** A client of its own, as another replica has. */
    public ReactiveRedisDataSource client() {
        return dataSource(URL);
    }

    /** A client of the Redis at {@code url}, with the pool the service's configuration gives it. */
    ReactiveRedisDataSource dataSource(String url) {
        Redis client = Redis.createClient(
                vertx, new RedisOptions().setConnectionString(url).setMaxPoolWaiting(MAX_POOL_WAITING));
        clients.add(client);
        return new ReactiveRedisDataSourceImpl(vertx, client, RedisAPI.api(client));
    }

    /** Runs a command on the test's own client and waits for its reply. */
    public Response command(String command, String... args) {
        return admin.execute(command, args).await().atMost(WAIT);
    }

    /** The keys under this prefix. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        command("KEYS", prefix + "*").forEach(key -> keys.add(key.toString()));
        return keys;
    }

    @Override
    public void close() {
        try {
            List<String> keys = keys();
            if (!keys.isEmpty()) {
                command("DEL", keys.toArray(String[]::new));
            }
        } finally {
            clients.forEach(Redis::close);
            vertx.closeAndAwait();
        }
    }
}

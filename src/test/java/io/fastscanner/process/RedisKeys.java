package io.fastscanner.process;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** A key prefix of one test on the shared Redis (127.0.0.1:6379), and the deletion of every key under it. */
final class RedisKeys {

    private final String prefix = "fast-scanner-it-" + UUID.randomUUID() + ":";

    String prefix() {
        return prefix;
    }

    /** Deletes every key under the prefix ({@code SCAN MATCH} page by page, then {@code DEL}). */
    void deleteAll() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            RedisAPI redis = RedisAPI.api(Redis.createClient(vertx, "redis://127.0.0.1:6379"));
            String cursor = "0";
            do {
                Response page = redis.scan(List.of(cursor, "MATCH", prefix + "*", "COUNT", "1000"))
                        .toCompletionStage()
                        .toCompletableFuture()
                        .get(10, TimeUnit.SECONDS);
                cursor = page.get(0).toString();
                List<String> keys = new ArrayList<>();
                page.get(1).forEach(k -> keys.add(k.toString()));
                if (!keys.isEmpty()) {
                    redis.del(keys).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                }
            } while (!"0".equals(cursor));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}

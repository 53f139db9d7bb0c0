package io.fastscanner.process;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.RedisAPI;
import io.vertx.redis.client.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** A key prefix of one test's own on the local Redis, and the deletion of every key under it afterwards. */
record PrefixKeys(String prefix) {

    static PrefixKeys fresh() {
        return new PrefixKeys("fast-scanner-it-" + UUID.randomUUID() + ":");
    }

    /** How many keys match {@code pattern} under the prefix, e.g. {@code slot:*}. */
    long count(String pattern) throws Exception {
        return names(prefix + pattern).size();
    }

    void deleteAll() throws Exception {
        List<String> names = names(prefix + "*");
        if (!names.isEmpty()) {
            onRedis(redis -> redis.del(names));
        }
    }

    private static List<String> names(String pattern) throws Exception {
        List<String> names = new ArrayList<>();
        onRedis(redis -> redis.keys(pattern)).forEach(k -> names.add(k.toString()));
        return names;
    }

    private static Response onRedis(Function<RedisAPI, Future<Response>> command) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            RedisAPI redis = RedisAPI.api(Redis.createClient(vertx, "redis://127.0.0.1:6379"));
            return command.apply(redis)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}

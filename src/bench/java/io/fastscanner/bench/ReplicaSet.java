package io.fastscanner.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Replicas of the packaged service on the shared Redis ({@code scanner.store=redis}), under a key prefix of their
 * own that {@link #close()} deletes with every key under it.
 */
final class ReplicaSet implements AutoCloseable {

    private final List<ServiceProcess> replicas;
    private final String prefix;
    private final RedisServer redis;

    private ReplicaSet(List<ServiceProcess> replicas, String prefix, RedisServer redis) {
        this.replicas = replicas;
        this.prefix = prefix;
        this.redis = redis;
    }

    /** A fresh key prefix for one run. */
    static String freshPrefix() {
        return "fast-scanner-bench-" + UUID.randomUUID() + ":";
    }

    /** The properties that put a service on the shared Redis under {@code prefix}. */
    static Map<String, String> redisProperties(String prefix) {
        return Map.of("scanner.store", "redis", "scanner.redis.prefix", prefix, "quarkus.redis.hosts", RedisServer.URL);
    }

    /** Starts {@code count} replicas at once, each with {@code properties} and the Redis store under a fresh prefix. */
    static ReplicaSet start(
            int count,
            ScanRuns runs,
            Map<String, String> properties,
            Path jar,
            Path logs,
            String logName,
            RedisServer redis)
            throws Exception {
        String prefix = freshPrefix();
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putAll(redisProperties(prefix));
        List<CompletableFuture<ServiceProcess>> starting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path log = logs.resolve(logName + "-" + (char) ('a' + i) + ".log");
            starting.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return ServiceProcess.start(jar, runs.jvmOptions(), all, log, Duration.ofMinutes(3));
                } catch (Exception e) {
                    throw new CompletionException(e);
                }
            }));
        }
        List<ServiceProcess> started = new ArrayList<>();
        RuntimeException failure = null;
        for (CompletableFuture<ServiceProcess> s : starting) {
            try {
                started.add(s.join());
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        ReplicaSet set = new ReplicaSet(started, prefix, redis);
        if (failure != null) {
            set.close();
            throw failure;
        }
        return set;
    }

    ServiceProcess get(int i) {
        return replicas.get(i);
    }

    int size() {
        return replicas.size();
    }

    String prefix() {
        return prefix;
    }

    /** The Redis Stream that carries the replicas' events. */
    String eventStream() {
        return prefix + "events";
    }

    @Override
    public void close() throws InterruptedException {
        List<CompletableFuture<Void>> stopping = new ArrayList<>();
        for (ServiceProcess replica : replicas) {
            stopping.add(CompletableFuture.runAsync(() -> {
                try {
                    replica.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        stopping.forEach(CompletableFuture::join);
        long deleted = redis.deleteKeys(prefix);
        BenchMain.log("deleted " + deleted + " Redis keys under " + prefix);
    }
}

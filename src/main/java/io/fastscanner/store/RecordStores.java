package io.fastscanner.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the {@link RecordStore}s of {@code scanner.store}: in memory, or Redis hashes {@code <prefix><name>}. The
 * Redis ones share one version, {@code <prefix>records-version}, increased at every write to any of them: a replica
 * that polls it learns that something changed and reloads. The memory store never looks up the Redis client.
 */
@ApplicationScoped
public class RecordStores {

    static final String VERSION = "records-version";

    private final StoreConfig store;
    private final ObjectMapper json;
    private final StoreHealth health;
    private final Instance<ReactiveRedisDataSource> redis;
    private final Set<String> claimedHere = ConcurrentHashMap.newKeySet();

    RecordStores(StoreConfig store, ObjectMapper json, StoreHealth health, Instance<ReactiveRedisDataSource> redis) {
        this.store = store;
        this.json = json;
        this.health = health;
        this.redis = redis;
    }

    public <T> RecordStore<T> of(String name, Class<T> type) {
        if (!store.redis()) {
            return new MemoryRecordStore<>();
        }
        return new RedisRecordStore<>(
                redis.get(), store.redisPrefix() + name, store.redisPrefix() + VERSION, type, json, health);
    }

    /** Whether the records are shared with other replicas (Redis), which may change them. */
    public boolean shared() {
        return store.redis();
    }

    /**
     * True for the first caller ever to claim {@code name}: once per process in memory, once per Redis prefix with
     * Redis ({@code SET <prefix><name> NX}, kept for good). For work done once, such as writing the first records.
     */
    public Uni<Boolean> claimOnce(String name) {
        if (!store.redis()) {
            return Uni.createFrom().item(claimedHere.add(name));
        }
        return redis.get()
                .execute("SET", store.redisPrefix() + name, "1", "NX")
                .map(answer -> answer != null && "OK".equals(answer.toString()));
    }

    /** The shared version of the records, 0 before the first write; always 0 in memory. */
    public Uni<Long> version() {
        if (!store.redis()) {
            return Uni.createFrom().item(0L);
        }
        return redis.get().value(Long.class).get(store.redisPrefix() + VERSION).map(v -> v == null ? 0L : v);
    }
}

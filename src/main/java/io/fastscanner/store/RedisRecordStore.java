package io.fastscanner.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A {@link RecordStore} in the Redis hash {@code key}: field = id, value = the record as JSON. Every write also
 * increases {@code versionKey}. A value that cannot be read (written by another version) is left out, with a warning.
 */
final class RedisRecordStore<T> implements RecordStore<T> {

    private static final Logger LOG = Logger.getLogger(RedisRecordStore.class);

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final String key;
    private final String versionKey;
    private final Class<T> type;
    private final ObjectMapper json;
    private final StoreHealth health;

    RedisRecordStore(
            ReactiveRedisDataSource redis,
            String key,
            String versionKey,
            Class<T> type,
            ObjectMapper json,
            StoreHealth health) {
        this.redis = redis;
        this.hashes = redis.hash(String.class);
        this.key = key;
        this.versionKey = versionKey;
        this.type = type;
        this.json = json;
        this.health = health;
    }

    @Override
    public Uni<List<T>> all() {
        return reported(hashes.hgetall(key).map(entries -> {
            List<T> records = new ArrayList<>();
            entries.forEach((id, text) -> read(id, text).ifPresent(records::add));
            return records;
        }));
    }

    @Override
    public Uni<Optional<T>> get(String id) {
        return reported(hashes.hget(key, id).map(text -> text == null ? Optional.<T>empty() : read(id, text)));
    }

    @Override
    public Uni<Boolean> create(String id, T value) {
        return reported(hashes.hsetnx(key, id, write(value))
                .call(created -> created ? bump() : Uni.createFrom().voidItem()));
    }

    @Override
    public Uni<Void> put(String id, T value) {
        return reported(hashes.hset(key, id, write(value)).chain(this::bump));
    }

    @Override
    public Uni<Boolean> delete(String id) {
        return reported(hashes.hdel(key, id).map(count -> count > 0).call(deleted -> bump()));
    }

    private Uni<Void> bump() {
        return redis.value(Long.class).incr(versionKey).replaceWithVoid();
    }

    private <R> Uni<R> reported(Uni<R> call) {
        return call.invoke(health::reachable).onFailure().transform(failure -> {
            health.unreachable("reading or writing " + key, failure);
            return failure instanceof StoreUnavailableException
                    ? failure
                    : new StoreUnavailableException(
                            failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        });
    }

    private Optional<T> read(String id, String text) {
        try {
            return Optional.of(json.readValue(text, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warnf(
                    "Record %s of %s could not be read and is left out: %s",
                    id, key, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private String write(T value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + type.getSimpleName() + " cannot be serialised", e);
        }
    }
}

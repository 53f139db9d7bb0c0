package io.fastscanner.screens.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.store.RedisScript;
import io.fastscanner.store.StoreHealth;
import io.fastscanner.store.StoreUnavailableException;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The saved screens of every replica ({@code scanner.store=redis}): the hash {@code <prefix>screens} holds one JSON
 * value per id, and {@code <prefix>screens:version} counts the changes, so a replica learns cheaply that it must
 * reload. Each change is a script Redis runs atomically: the limit holds between replicas too.
 */
final class RedisScreenStore implements ScreenStore {

    private static final Logger LOG = Logger.getLogger(RedisScreenStore.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final RedisScript CREATE = new RedisScript("""
            if redis.call('HLEN', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('INCR', KEYS[2])
            return 1
            """);
    private static final RedisScript REPLACE = new RedisScript("""
            if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
            redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
            redis.call('INCR', KEYS[2])
            return 1
            """);
    private static final RedisScript DELETE = new RedisScript("""
            if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
            redis.call('INCR', KEYS[2])
            return 1
            """);

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ReactiveValueCommands<String, String> values;
    private final String hash;
    private final String versionKey;
    private final ObjectMapper json;
    private final StoreHealth health;

    RedisScreenStore(ReactiveRedisDataSource redis, String prefix, ObjectMapper json, StoreHealth health) {
        this.redis = redis;
        this.hashes = redis.hash(String.class);
        this.values = redis.value(String.class);
        this.hash = prefix + "screens";
        this.versionKey = prefix + "screens:version";
        this.json = json;
        this.health = health;
    }

    @Override
    public Uni<List<SavedScreen>> list() {
        return guarded(
                "reading the saved screens",
                hashes.hgetall(hash)
                        .map(all -> all.values().stream()
                                .map(this::read)
                                .flatMap(Optional::stream)
                                .sorted(ORDER)
                                .toList()));
    }

    @Override
    public Uni<Optional<SavedScreen>> get(String id) {
        return guarded(
                "reading a saved screen",
                hashes.hget(hash, id).map(text -> text == null ? Optional.<SavedScreen>empty() : read(text)));
    }

    @Override
    public Uni<Boolean> create(SavedScreen screen, int max) {
        return change("saving a screen", CREATE, screen.id(), write(screen), String.valueOf(max));
    }

    @Override
    public Uni<Boolean> replace(SavedScreen screen) {
        return change("replacing a screen", REPLACE, screen.id(), write(screen));
    }

    @Override
    public Uni<Boolean> delete(String id) {
        return change("deleting a screen", DELETE, id);
    }

    @Override
    public Uni<Long> version() {
        return guarded(
                "reading the screens' version",
                values.get(versionKey).map(text -> text == null ? 0L : Long.parseLong(text)));
    }

    private Uni<Boolean> change(String what, RedisScript script, String... args) {
        return guarded(
                what,
                script.run(redis, List.of(hash, versionKey), List.of(args)).map(answer -> answer.toInteger() == 1));
    }

    /** Reports the store's health and turns a failure or a silence into 503 {@code STORE_UNAVAILABLE}. */
    private <T> Uni<T> guarded(String what, Uni<T> call) {
        return call.ifNoItem()
                .after(TIMEOUT)
                .failWith(() ->
                        new StoreUnavailableException("no answer from Redis within " + TIMEOUT.toSeconds() + " s"))
                .invoke(ignored -> health.reachable())
                .onFailure()
                .transform(failure -> {
                    health.unreachable(what, failure);
                    return failure instanceof StoreUnavailableException
                            ? failure
                            : new StoreUnavailableException(what + ": " + failure.getMessage());
                });
    }

    private String write(SavedScreen screen) {
        try {
            return json.writeValueAsString(StoredScreen.of(screen));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("screen " + screen.id() + " cannot be serialised", e);
        }
    }

    private Optional<SavedScreen> read(String text) {
        try {
            Optional<SavedScreen> screen =
                    json.readValue(text, StoredScreen.class).toSaved();
            if (screen.isEmpty()) {
                LOG.warnf("A saved screen in %s no longer parses and is left out: %s", hash, text);
            }
            return screen;
        } catch (JsonProcessingException e) {
            LOG.warnf("An entry of %s is not a saved screen and is left out: %s", hash, e.getMessage());
            return Optional.empty();
        }
    }
}

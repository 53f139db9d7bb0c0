package io.fastscanner.screens.saved;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.fastscanner.marketdata.budget.TestRedis;
import io.fastscanner.screens.Screen;
import io.fastscanner.store.StoreHealth;
import io.fastscanner.testing.Waits;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The saved screens in the Redis on 127.0.0.1:6379, as two replicas (two clients, one prefix) see them: kept in the
 * hash {@code <prefix>screens}, one JSON value per id, read back by the other replica and by a replica that starts
 * later, and the limit holds between replicas.
 */
class RedisScreenStoreTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private final TestRedis redis = new TestRedis();
    private final RedisScreenStore one = replica();
    private final RedisScreenStore other = replica();

    @AfterEach
    void deleteTheKeys() {
        redis.close();
    }

    @Test
    void aScreenSavedByOneReplicaIsInTheHashAndEveryReplicaReadsIt() throws Exception {
        SavedScreen buys = screen("scr-000000000001", "Buys", "signal = 'buy'", AT);

        assertThat(await(one.create(buys, 100))).isTrue();

        JsonNode kept = json.readTree(
                redis.command("HGET", redis.prefix() + "screens", buys.id()).toString());
        assertThat(kept.get("id").asText()).isEqualTo("scr-000000000001");
        assertThat(kept.get("name").asText()).isEqualTo("Buys");
        assertThat(kept.get("expression").asText()).isEqualTo("signal == \"BUY\"");
        assertThat(kept.get("createdAt").asText()).isEqualTo("2026-11-30T12:00:00Z");
        assertThat(await(other.get(buys.id()))).contains(buys);
        assertThat(await(replica().list())).as("a replica that starts later").containsExactly(buys);
    }

    @Test
    void replacingAndDeletingAreSeenByTheOtherReplicaAndEachChangeMovesTheVersion() {
        SavedScreen buys = screen("scr-000000000001", "Buys", "signal == \"BUY\"", AT);
        SavedScreen sells = screen("scr-000000000002", "Sells", "signal == \"SELL\"", AT.plusSeconds(1));
        long before = await(other.version());

        await(one.create(sells, 100));
        await(one.create(buys, 100));
        assertThat(await(other.list())).as("oldest first").containsExactly(buys, sells);
        SavedScreen renamed = new SavedScreen(
                buys.id(), "Strong buys", Screen.parse("signal == \"BUY\" and strength >= 50"), AT, AT.plusSeconds(9));
        assertThat(await(other.replace(renamed))).isTrue();
        assertThat(await(one.get(buys.id()))).contains(renamed);
        assertThat(await(one.delete(sells.id()))).isTrue();

        assertThat(await(other.list())).containsExactly(renamed);
        assertThat(await(other.delete(sells.id()))).as("already deleted").isFalse();
        assertThat(await(other.replace(sells))).as("nothing to replace").isFalse();
        assertThat(await(other.version())).isEqualTo(before + 4);
    }

    @Test
    void theLimitHoldsWhenReplicasSaveAtOnce() {
        List<Uni<Boolean>> saves = IntStream.range(0, 12)
                .mapToObj(i -> (i % 2 == 0 ? one : other)
                        .create(screen(String.format("scr-%012d", i), "S" + i, "strength >= " + i, AT), 5))
                .toList();

        List<Boolean> answers = await(Uni.join().all(saves).andFailFast()); // sent at once, not one after another

        assertThat(answers).filteredOn(Boolean::booleanValue).hasSize(5);
        assertThat(await(one.list())).hasSize(5);
    }

    @Test
    void aReplicaTakesTheScreensAnotherReplicaSavedAtItsNextRefresh() {
        ScreenMatcher matcher = new ScreenMatcher();
        SavedScreens elsewhere = new SavedScreens(other, matcher, null, null, Clock.systemUTC(), null);
        await(elsewhere.reload());
        assertThat(matcher.isEmpty()).isTrue();

        await(one.create(screen("scr-000000000001", "Buys", "signal == \"BUY\"", AT), 100));
        elsewhere.refresh();

        Waits.await("the other replica's matcher to hold the new screen").until(() -> !matcher.isEmpty());
        assertThat(matcher.version()).isEqualTo(await(one.version()));
    }

    @Test
    void anEntryThatIsNotAScreenIsLeftOut() {
        redis.command(
                "HSET",
                redis.prefix() + "screens",
                "scr-broken",
                "{\"id\":\"scr-broken\",\"expression\":\"rsi15 < 3\"}");
        redis.command("HSET", redis.prefix() + "screens", "scr-junk", "not json");
        await(one.create(screen("scr-000000000001", "Buys", "signal == \"BUY\"", AT), 100));

        assertThat(await(other.list())).extracting(SavedScreen::id).containsExactly("scr-000000000001");
    }

    private RedisScreenStore replica() {
        return new RedisScreenStore(redis.client(), redis.prefix(), json, new StoreHealth(Clock.systemUTC()));
    }

    private static SavedScreen screen(String id, String name, String expression, Instant at) {
        return new SavedScreen(id, name, Screen.parse(expression), at, at);
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(WAIT);
    }
}

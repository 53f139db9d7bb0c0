package io.fastscanner.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.budget.TestRedis;
import io.fastscanner.screens.saved.ScreenMatcher;
import io.fastscanner.testing.RedisStoreProfile;
import io.fastscanner.testing.Scans;
import io.fastscanner.testing.Screens;
import io.fastscanner.testing.Waits;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.redis.client.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saved screens with {@code scanner.store=redis}: kept in the hash {@code <prefix>screens} that every replica reads,
 * and carried by each event in the shared event stream, so that the clients of any replica can follow a screen. The
 * other replica is this test, writing to the same keys as another process of the service would.
 */
@QuarkusTest
@TestProfile(RedisStoreProfile.class)
class SharedScreensTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @Inject
    ScreenMatcher matcher;

    RedisStoreProfile.Keys keys;
    private TestRedis otherReplica;

    @BeforeEach
    void connectTheOtherReplica() {
        otherReplica = new TestRedis(keys.prefix());
    }

    @BeforeEach
    @AfterEach
    void noScreens() {
        Screens.deleteAll();
    }

    @Test
    void aSavedScreenIsKeptInTheRedisHashAndOneAnotherReplicaSavedIsServedAtOnce() throws Exception {
        String id = Screens.save("Buys", "signal = 'buy'");

        JsonNode kept = JSON.readTree(
                otherReplica.command("HGET", keys.prefix() + "screens", id).toString());
        assertThat(kept.get("name").asText()).isEqualTo("Buys");
        assertThat(kept.get("expression").asText()).isEqualTo("signal == \"BUY\"");

        String theirs = saveAsTheOtherReplica("scr-0000000000aa", "Holds", "signal == \"HOLD\"");
        JsonPath read = RestAssured.get(Screens.PATH + "/" + theirs)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(read.getString("expression")).isEqualTo("signal == \"HOLD\"");
        assertThat(RestAssured.get(Screens.PATH).jsonPath().getList("screens.id"))
                .containsExactly(theirs, id);
    }

    @Test
    void eventsCarryTheScreensTheirSymbolPassesAlsoThoseAnotherReplicaSaved() {
        String theirs = saveAsTheOtherReplica("scr-0000000000bb", "Holds", "signal == \"HOLD\"");
        Waits.await("this replica to take the other replica's screen").until(() -> !matcher.isEmpty());

        try (SseTestClient client = SseTestClient.connect(URI.create(events + "?screenId=" + theirs))) {
            String scanId = Scans.scanDefaultUniverse();
            JsonPath done = Scans.awaitDeepAnalysis(scanId);
            client.awaitEvent("deepAnalysisComplete", scanId);

            List<String> holds = symbolsWith(done, "HOLD");
            assertThat(holds).isNotEmpty();
            assertThat(analysed(client, scanId)).containsExactlyInAnyOrderElementsOf(holds);
            List<String> tagged = new ArrayList<>();
            for (Map<String, String> entry : streamEntries()) {
                if ("symbolAnalyzed".equals(entry.get("name")) && scanId.equals(entry.get("scanId"))) {
                    if (theirs.equals(entry.get("screens"))) {
                        tagged.add(entry.get("symbol"));
                    }
                }
            }
            assertThat(tagged).as("the stream entries' screens field").containsExactlyInAnyOrderElementsOf(holds);
        }
    }

    @Test
    void anEventAnotherReplicaPublishedReachesTheClientsOfTheScreensItCarries() {
        String screen = Screens.save("Anything", "strength >= 0");
        try (SseTestClient client = SseTestClient.connect(URI.create(events + "?screenId=" + screen))) {
            appendAsTheOtherReplica("AAA/USDT", screen + ",scr-0000000000cc");
            appendAsTheOtherReplica("BBB/USDT", null);
            appendAsTheOtherReplica("CCC/USDT", "scr-0000000000cc");
            otherReplica.command(
                    "XADD",
                    keys.prefix() + "events",
                    "*",
                    "name",
                    "deepAnalysisComplete",
                    "scanId",
                    "scan-elsewhere",
                    "data",
                    "{\"scanId\":\"scan-elsewhere\",\"total\":3}");

            client.awaitEvent("deepAnalysisComplete", "scan-elsewhere");
            assertThat(analysed(client, "scan-elsewhere")).containsExactly("AAA/USDT");
        }
    }

    /** Saves a screen as another replica does: the JSON in the hash, and the version moved. */
    private String saveAsTheOtherReplica(String id, String name, String expression) {
        String json = "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"expression\":"
                + JSON.valueToTree(expression) + ",\"createdAt\":\"2026-01-01T00:00:00Z\","
                + "\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
        otherReplica.command("HSET", keys.prefix() + "screens", id, json);
        otherReplica.command("INCR", keys.prefix() + "screens:version");
        return id;
    }

    private void appendAsTheOtherReplica(String symbol, String screens) {
        List<String> args = new ArrayList<>(List.of(
                keys.prefix() + "events", "*", "name", "symbolAnalyzed", "scanId", "scan-elsewhere", "symbol", symbol));
        if (screens != null) {
            args.addAll(List.of("screens", screens));
        }
        args.addAll(List.of("data", "{\"scanId\":\"scan-elsewhere\",\"symbol\":\"" + symbol + "\"}"));
        otherReplica.command("XADD", args.toArray(String[]::new));
    }

    private List<Map<String, String>> streamEntries() {
        List<Map<String, String>> entries = new ArrayList<>();
        for (Response entry : otherReplica.command("XRANGE", keys.prefix() + "events", "-", "+")) {
            Response fields = entry.get(1);
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                map.put(fields.get(i).toString(), fields.get(i + 1).toString());
            }
            entries.add(map);
        }
        return entries;
    }

    private static List<String> analysed(SseTestClient client, String scanId) {
        return client.eventsOf(scanId).stream()
                .filter(f -> f.name().equals("symbolAnalyzed"))
                .map(f -> f.json().get("symbol").asText())
                .toList();
    }

    private static List<String> symbolsWith(JsonPath results, String signal) {
        List<Map<String, Object>> rows = results.getList("signals");
        return rows.stream()
                .filter(row -> signal.equals(row.get("signal")))
                .map(row -> (String) row.get("symbol"))
                .toList();
    }
}

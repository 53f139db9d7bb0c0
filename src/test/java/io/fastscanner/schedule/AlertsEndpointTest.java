package io.fastscanner.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With the replay clock moving one candle per scan, consecutive scans change and raise alerts. */
@QuarkusTest
@TestProfile(AlertsEndpointTest.AdvancingReplay.class)
class AlertsEndpointTest {

    public static class AdvancingReplay implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scanner.replay.advance-per-scan", "true", "scanner.alerts.strength-delta", "1",
                    "scanner.alerts.price-move-pct", "0.05");
        }
    }

    @Test
    void consecutiveScansRaiseAlertsThatCanBeReadSinceAnId() {
        for (int i = 0; i < 3; i++) {
            given().contentType("application/json").body("{\"timeframe\":\"4h\"}").post("/api/scanner/quick-scan")
                    .then().statusCode(200);
            awaitIdle();
        }
        JsonPath all = given().get("/api/scanner/alerts").then().statusCode(200)
                .body("success", equalTo(true)).extract().jsonPath();
        List<String> kinds = all.getList("alerts.kind");
        assertThat(kinds).isNotEmpty().contains("price_move", "strength_change");
        assertThat(all.getList("alerts.symbol", String.class)).allMatch(s -> s.endsWith("/USDT"));
        List<Integer> ids = all.getList("alerts.id", Integer.class);
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        int first = ids.get(0);
        List<Integer> newer = given().get("/api/scanner/alerts?since=" + first).then().statusCode(200).extract()
                .jsonPath().getList("alerts.id", Integer.class);
        assertThat(newer).isEqualTo(ids.subList(1, ids.size()));
        assertThat(given().get("/api/scanner/alerts?since=2026-01-01T00:00:00Z").then().statusCode(200).extract()
                .jsonPath().getList("alerts.id", Integer.class)).isEqualTo(ids);
    }

    /** Regime alerts arrive with the background analysis: wait until it has finished (bounded). */
    private static void awaitIdle() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!given().get("/api/scanner/results").then().extract().jsonPath().getBoolean("status.isScanning")) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("the scan did not finish within 60 s");
    }

    @Test
    void badQueryValuesAreJsonErrors() {
        given().get("/api/scanner/alerts?since=yesterday").then().statusCode(400)
                .body("error.code", equalTo("INVALID_SINCE"));
        given().get("/api/scanner/alerts?limit=0").then().statusCode(400)
                .body("error.code", equalTo("INVALID_LIMIT"));
        given().get("/api/scanner/alerts?limit=99999999999").then().statusCode(400)
                .body("error.code", equalTo("INVALID_LIMIT"));
    }
}

package io.fastscanner.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.fastscanner.marketdata.ControllableMarketDataSource;
import io.fastscanner.testing.ControlledSourceProfile;
import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the replay clock moving one candle per scan and the smallest change raising an alert
 * ({@link ControlledSourceProfile}), consecutive scans change and raise alerts.
 */
@QuarkusTest
@TestProfile(ControlledSourceProfile.class)
class AlertsEndpointTest {

    @Inject
    ControllableMarketDataSource source;

    @BeforeEach
    void reset() {
        source.reset();
        Scans.awaitIdle();
    }

    @Test
    void consecutiveScansRaiseAlertsThatCanBeReadSinceAnId() {
        // earlier tests in this application raised alerts too: this test reads those raised after it started
        List<Long> earlier = alerts("?limit=1").getList("alerts.id", Long.class);
        long lastEarlier = earlier.isEmpty() ? 0 : earlier.get(0);
        Instant started = Instant.now();
        for (int i = 0; i < 3; i++) {
            String scanId = Scans.scan("{\"timeframe\":\"4h\"}");
            // regime alerts arrive with the deep analysis
            Scans.awaitDeepAnalysis(scanId);
        }

        JsonPath all = alerts("?since=" + lastEarlier + "&limit=1000");
        List<String> kinds = all.getList("alerts.kind");
        assertThat(kinds).isNotEmpty().contains("price_move", "strength_change");
        assertThat(all.getList("alerts.symbol", String.class)).allMatch(s -> s.endsWith("/USDT"));
        List<Long> ids = all.getList("alerts.id", Long.class);
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        long first = ids.get(0);
        assertThat(alerts("?since=" + first + "&limit=1000").getList("alerts.id", Long.class))
                .isEqualTo(ids.subList(1, ids.size()));
        assertThat(alerts("?since=" + started + "&limit=1000").getList("alerts.id", Long.class))
                .isEqualTo(ids);
        assertThat(alerts("?limit=" + ids.size()).getList("alerts.id", Long.class))
                .as("the newest alerts")
                .isEqualTo(ids);
    }

    private static JsonPath alerts(String query) {
        return given().get("/api/scanner/alerts" + query)
                .then()
                .statusCode(200)
                .body("success", equalTo(true))
                .extract()
                .jsonPath();
    }

    @Test
    void badQueryValuesAreJsonErrors() {
        given().get("/api/scanner/alerts?since=yesterday")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_SINCE"));
        given().get("/api/scanner/alerts?limit=0").then().statusCode(400).body("error.code", equalTo("INVALID_LIMIT"));
        given().get("/api/scanner/alerts?limit=99999999999")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_LIMIT"));
    }
}

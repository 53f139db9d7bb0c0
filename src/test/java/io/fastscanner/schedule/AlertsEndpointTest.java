package io.fastscanner.schedule;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.fastscanner.marketdata.ControllableMarketDataSource;
import io.fastscanner.testing.ControlledSourceProfile;
import io.fastscanner.testing.Scans;
import io.fastscanner.time.TimeId;
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
        List<TimeId> earlier = ids(alerts("?limit=1"));
        TimeId lastEarlier = earlier.isEmpty() ? TimeId.ZERO : earlier.get(0);
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
        List<TimeId> ids = ids(all);
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        TimeId first = ids.get(0);
        assertThat(ids(alerts("?since=" + first + "&limit=1000"))).isEqualTo(ids.subList(1, ids.size()));
        assertThat(ids(alerts("?since=" + started + "&limit=1000"))).isEqualTo(ids);
        assertThat(ids(alerts("?limit=" + ids.size()))).as("the newest alerts").isEqualTo(ids);
        assertThat(ids(alerts("?since=" + first.millis() + "&limit=1000")))
                .as("an id without its sequence number is the id's millisecond, sequence 0")
                .containsAll(ids.subList(1, ids.size()));
    }

    private static List<TimeId> ids(JsonPath alerts) {
        return alerts.getList("alerts.id", String.class).stream()
                .map(TimeId::fromJson)
                .toList();
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

package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** A scheduler outside the service (a Kubernetes CronJob) names the slot it scans; each slot is scanned once. */
@QuarkusTest
class ScheduledSlotTest {

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/scanner/quick-scan")
                .then();
    }

    @Test
    void aSlotIsScannedOnceHoweverOftenItIsAskedFor() {
        Scans.awaitIdle();
        String slot = "{\"trigger\":\"schedule\",\"slot\":\"2026-11-30T12:15:00Z\",\"symbols\":[\"BTC/USDT\"]}";
        String scanId = post(slot).statusCode(200).extract().path("scanId");
        Scans.awaitDeepAnalysis(scanId);
        given().get("/api/scanner/scan-status")
                .then()
                .statusCode(200)
                .body("history[0].scanId", equalTo(scanId))
                .body("history[0].trigger", equalTo("schedule"));

        post(slot.replace("12:15:00Z", "12:15:00.400Z"))
                .statusCode(409)
                .body("success", equalTo(false))
                .body("error.code", equalTo("SLOT_TAKEN"))
                .body("error.message", containsString("2026-11-30T12:15:00Z"));

        String next =
                post(slot.replace("12:15", "12:30")).statusCode(200).extract().path("scanId");
        Scans.awaitDeepAnalysis(next);
    }

    @Test
    void aSlotGoesWithTheScheduleTriggerAndIsATime() {
        post("{\"slot\":\"2026-11-30T12:15:00Z\"}").statusCode(400).body("error.code", equalTo("INVALID_SLOT"));
        post("{\"trigger\":\"schedule\",\"slot\":\"quarter past twelve\"}")
                .statusCode(400)
                .body("error.code", equalTo("INVALID_SLOT"))
                .body("error.message", containsString("quarter past twelve"));
        post("{\"trigger\":\"cron\"}").statusCode(400).body("error.code", equalTo("INVALID_TRIGGER"));
    }
}

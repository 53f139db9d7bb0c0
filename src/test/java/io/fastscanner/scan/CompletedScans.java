package io.fastscanner.scan;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Runs a default-universe scan over HTTP and waits (at most a minute) until every symbol's deep analysis is done. */
final class CompletedScans {

    private CompletedScans() {
    }

    /** {@code GET /api/scanner/results} once the scan is complete, or as it was when the minute ran out. */
    static JsonPath scanAndAwaitDeepAnalysis() throws InterruptedException {
        String scanId = given().post("/api/scanner/quick-scan").then().statusCode(200).extract().path("scanId");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath results;
        do {
            Thread.sleep(50);
            results = given().get("/api/scanner/results").then().statusCode(200).extract().jsonPath();
        } while (!(scanId.equals(results.getString("status.lastScan.scanId"))
                && results.getList("signals.status", String.class).stream().allMatch("complete"::equals))
                && System.nanoTime() < deadline);
        return results;
    }
}

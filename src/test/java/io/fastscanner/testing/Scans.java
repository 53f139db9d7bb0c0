package io.fastscanner.testing;

import static io.fastscanner.testing.Waits.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scans through the HTTP API, as a client starts and follows them, and the waits every such test needs: until the
 * scanner is idle, and until a scan's deep analysis is done.
 */
public final class Scans {

    private static final List<String> FINAL = List.of("complete", "failed");

    private Scans() {}

    /** {@code GET /api/scanner/results}. */
    public static JsonPath results() {
        return given().get("/api/scanner/results")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Starts a scan of the default universe and returns its id; its deep analysis goes on in the background. */
    public static String scanDefaultUniverse() {
        return given().contentType(ContentType.JSON)
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .path("scanId");
    }

    /** Starts a scan with this JSON body and returns its id; its deep analysis goes on in the background. */
    public static String scan(String jsonBody) {
        return given().contentType(ContentType.JSON)
                .body(jsonBody)
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .path("scanId");
    }

    /** Waits until no scan is running, neither a quick scan nor a deep analysis ({@code status.isScanning}). */
    public static JsonPath awaitIdle() {
        return await("the scanner to be idle (status.isScanning false)")
                .until(Scans::results, results -> !results.getBoolean("status.isScanning"));
    }

    /**
     * Waits until {@code scanId} is the latest scan, nothing is running and every one of its symbols has its final
     * status ({@code complete} or {@code failed}); returns {@code GET /api/scanner/results} as it then is.
     */
    public static JsonPath awaitDeepAnalysis(String scanId) {
        AtomicReference<JsonPath> done = new AtomicReference<>();
        await("the deep analysis of " + scanId).untilAsserted(() -> {
            JsonPath results = results();
            assertThat(results.getString("status.lastScan.scanId"))
                    .as("latest scan")
                    .isEqualTo(scanId);
            assertThat(results.getBoolean("status.isScanning"))
                    .as("still scanning")
                    .isFalse();
            assertThat(results.getList("signals.status", String.class))
                    .as("statuses")
                    .isSubsetOf(FINAL);
            done.set(results);
        });
        return done.get();
    }

    /** Scans the default universe and waits for its deep analysis; returns the results then. */
    public static JsonPath scanAndAwaitDeepAnalysis() {
        return awaitDeepAnalysis(scanDefaultUniverse());
    }
}

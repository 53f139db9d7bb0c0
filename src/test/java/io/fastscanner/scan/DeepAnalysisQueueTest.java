package io.fastscanner.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.EventBus;
import io.fastscanner.events.ScanEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/**
 * The background queue with a controllable source: the true queue length while it waits, a newer scan dropping
 * the older scan's queued symbols, and one symbol's failure not stopping the others.
 */
@QuarkusTest
@TestProfile(DeepAnalysisQueueTest.Gated.class)
class DeepAnalysisQueueTest {

    public static class Gated implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(GatedMarketDataSource.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("scanner.deep-analysis.concurrency", "1", "scanner.ml.enabled", "false");
        }
    }

    @Inject
    EventBus bus;

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private static JsonPath results() {
        return given().get("/api/scanner/results").then().statusCode(200).extract().jsonPath();
    }

    private List<ScanEvent> events(String scanId, String name) {
        return bus.since(0).stream().filter(e -> scanId.equals(e.scanId()) && e.name().wire().equals(name)).toList();
    }

    @Test
    void aNewerScanSupersedesTheQueueAndFailuresStayPerSymbol() throws InterruptedException {
        GatedMarketDataSource.GATE = new CompletableFuture<>();
        GatedMarketDataSource.failingArmed = false;
        String first = given().post("/api/scanner/quick-scan").then().statusCode(200).extract().path("scanId");

        // One symbol is in flight (waiting for its 4h candles); the other 13 are the true queue.
        await("the queue to settle", () -> results().getInt("status.backgroundQueueLength") == 13);
        JsonPath waiting = results();
        assertThat(waiting.getBoolean("status.isScanning")).isTrue();
        assertThat(waiting.getList("signals.status", String.class)).containsOnly("quick_scan", "analyzing")
                .containsOnlyOnce("analyzing");

        String second = given().contentType("application/json")
                .body("{\"symbols\":[\"BTC/USDT\",\"HOLO/USDT\",\"ETH/USDT\"]}").post("/api/scanner/quick-scan")
                .then().statusCode(200).extract().path("scanId");
        GatedMarketDataSource.failingArmed = true; // HOLO's deep phase starts only after the gate opens
        GatedMarketDataSource.GATE.complete(null);
        await("the second scan's deep analysis", () -> !events(second, "deepAnalysisComplete").isEmpty());

        assertThat(events(first, "symbolAnalyzed")).as("the superseded scan's symbols are dropped").isEmpty();
        assertThat(events(first, "deepAnalysisComplete")).isEmpty();
        assertThat(events(second, "symbolAnalyzed")).hasSize(3);
        assertThat(events(second, "symbolAnalyzed").get(0).json()).contains("\"4h\"");
        JsonPath done = results();
        assertThat(done.getInt("status.backgroundQueueLength")).isZero();
        assertThat(done.getList("signals.symbol", String.class)).containsExactly("BTC/USDT", "HOLO/USDT", "ETH/USDT");
        assertThat(done.getList("signals.status", String.class)).containsExactly("complete", "failed", "complete");
        assertThat(done.getString("signals[1].reason")).startsWith("http_500");
        assertThat(done.getList("signals.opportunityScore", Float.class).get(0)).isBetween(0f, 100f);
    }
}

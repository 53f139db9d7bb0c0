package io.fastscanner.scan;

import static io.fastscanner.testing.Waits.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.EventBus;
import io.fastscanner.events.ScanEvent;
import io.fastscanner.marketdata.ControllableMarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.testing.ControlledSourceProfile;
import io.fastscanner.testing.Scans;
import io.fastscanner.time.TimeId;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The background queue with a controllable source: the true queue length while it waits, a newer scan dropping
 * the older scan's queued symbols, and one symbol's failure not stopping the others.
 */
@QuarkusTest
@TestProfile(ControlledSourceProfile.class)
class DeepAnalysisQueueTest {

    private static final MarketSymbol HOLO = MarketSymbol.of("HOLO", "USDT");

    @Inject
    EventBus bus;

    @Inject
    ControllableMarketDataSource source;

    /** The newest event before the test. */
    private TimeId before;

    @BeforeEach
    void reset() {
        source.reset();
        Scans.awaitIdle();
        before = bus.lastId();
    }

    private List<ScanEvent> events(String scanId, String name) {
        return bus.since(before).stream()
                .filter(e -> scanId.equals(e.scanId()) && e.name().wire().equals(name))
                .toList();
    }

    @Test
    void aNewerScanSupersedesTheQueueAndFailuresStayPerSymbol() {
        // the deep phase asks for 4h candles (the quick scan does not): each symbol's analysis waits for the gate
        CompletableFuture<Void> gate = source.holdCandles(Timeframe.H4);
        String first = Scans.scanDefaultUniverse();

        // One symbol is in flight (waiting for its 4h candles); the other 13 are the true queue.
        await("the queue of " + first + " to settle at 13")
                .until(() -> Scans.results().getInt("status.backgroundQueueLength") == 13);
        JsonPath waiting = Scans.results();
        assertThat(waiting.getBoolean("status.isScanning")).isTrue();
        assertThat(waiting.getList("signals.status", String.class))
                .containsOnly("quick_scan", "analyzing")
                .containsOnlyOnce("analyzing");

        String second = given().contentType("application/json")
                .body("{\"symbols\":[\"BTC/USDT\",\"HOLO/USDT\",\"ETH/USDT\"]}")
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .path("scanId");
        source.failCandles(HOLO, Timeframe.H1); // HOLO's deep phase starts only after the gate opens
        gate.complete(null);
        JsonPath done = Scans.awaitDeepAnalysis(second);

        assertThat(events(first, "symbolAnalyzed"))
                .as("the superseded scan's symbols are dropped")
                .isEmpty();
        assertThat(events(first, "deepAnalysisComplete")).isEmpty();
        assertThat(events(first, "scanSuperseded"))
                .as("the superseded scan's closing event names the scan that replaced it")
                .singleElement()
                .satisfies(e -> assertThat(e.json()).contains("\"supersededBy\":\"" + second + "\""));
        assertThat(events(second, "deepAnalysisComplete")).hasSize(1);
        assertThat(events(second, "scanSuperseded")).isEmpty();
        assertThat(events(second, "symbolAnalyzed")).hasSize(3);
        assertThat(events(second, "symbolAnalyzed").get(0).json()).contains("\"4h\"");
        assertThat(done.getInt("status.backgroundQueueLength")).isZero();
        assertThat(done.getList("signals.symbol", String.class)).containsExactly("BTC/USDT", "HOLO/USDT", "ETH/USDT");
        assertThat(done.getList("signals.status", String.class)).containsExactly("complete", "failed", "complete");
        assertThat(done.getString("signals[1].reason")).startsWith("http_500");
        assertThat(done.getList("signals.opportunityScore", Float.class).get(0)).isBetween(0f, 100f);
        JsonPath history =
                given().get("/api/scanner/scan-status").then().extract().jsonPath();
        assertThat(history.getString("history.find { it.scanId == '" + first + "' }.supersededBy"))
                .isEqualTo(second);
        assertThat(history.getString("history.find { it.scanId == '" + second + "' }.supersededBy"))
                .isNull();
    }
}

package io.fastscanner.scannerapi;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.fastscanner.scannerapi.ScannerApiStubs.SCAN;
import static io.fastscanner.scannerapi.ScannerApiStubs.SIGNALS;
import static io.fastscanner.scannerapi.ScannerApiStubs.STATUS;
import static io.fastscanner.scannerapi.ScannerApiStubs.acceptedAt;
import static io.fastscanner.scannerapi.ScannerApiStubs.json;
import static io.fastscanner.scannerapi.ScannerApiStubs.lastScan;
import static io.fastscanner.scannerapi.ScannerApiStubs.signalsOf;
import static io.fastscanner.scannerapi.ScannerApiWireMock.recorded;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.testing.RecordedInputsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which scan of the scanner_api is taken as the answer to our request: only one that ended after it accepted the
 * request, never the late end of an earlier request of ours, and never while another fetch of ours runs there.
 */
@QuarkusTest
@TestProfile(RecordedInputsProfile.class)
class ScannerApiMatchingTest {

    private static final Duration AWAIT = Duration.ofSeconds(20);
    private static final MarketSymbol BNB = MarketSymbol.of("BNB", "USDT");
    private static final String NEVER_SCANNED = recorded("head_02_status_before_scan.json");

    @Inject
    ScannerApiService service;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    WireMockServer wireMock;
    ScannerApiStubs peer;

    @BeforeEach
    void reset() {
        wireMock = ScannerApiWireMock.freshPeer(service, circuitBreakers);
        peer = new ScannerApiStubs(wireMock);
    }

    @AfterEach
    void leaveNothingRunning() {
        wireMock.resetAll();
        service.forgetOurRequests();
    }

    private ScannerApiResult fetch(Timeframe timeframe) {
        return service.fetch(timeframe, Exchange.REPLAY).await().atMost(AWAIT);
    }

    /** Request A: accepted at 11:26:05.862133 (recorded), still running there when our bound of 4 s is over. */
    private void requestATimesOut() {
        peer.status(STARTED, NEVER_SCANNED, null);
        peer.scan(STARTED, 202, recorded("head_04_scan_medium_202.json"), "A running");
        peer.status("A running", NEVER_SCANNED, null);

        ScannerApiResult a = fetch(Timeframe.H1);

        assertThat(a.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(a.reason())
                .isEqualTo(
                        "timeout after " + ScannerApiWireMock.TIMEOUT + " (waiting for a last_scan after our request)");
    }

    @Test
    void theLateEndOfAnEarlierRequestIsNotTakenForTheNextOne() {
        requestATimesOut();
        // B's first status read: A still runs. Then A ends at 11:26:06.470789 (recorded head_05 and head_06), which
        // by its clock is after it accepted B (11:26:06.1): a change of last_scan that is A's, not B's.
        peer.status("B", NEVER_SCANNED, "A ended");
        peer.status("A ended", recorded("head_05_status_after_scan.json"), null);
        peer.signals("A ended", recorded("head_06_signals_all.json"));
        peer.scan("A ended", 202, acceptedAt("2026-11-24T11:26:06.100000"), "B running");
        peer.status("B running", recorded("head_05_status_after_scan.json"), "B still running");
        peer.status("B still running", recorded("head_05_status_after_scan.json"), "B ended");
        peer.signals("B still running", recorded("head_06_signals_all.json")); // still A's results
        // B ends at 11:26:17.406909 (recorded head_10); its results differ from A's in BNB's opportunity score
        peer.status("B ended", recorded("head_10_status_after_1h_scan.json"), null);
        peer.signals(
                "B ended",
                signalsOf("2026-11-24T11:26:17.406909")
                        .replace("\"opportunity_score\":72.43", "\"opportunity_score\":50.0"));
        wireMock.setScenarioState(ScannerApiStubs.PEER, "B");

        ScannerApiResult b = fetch(Timeframe.H1);

        assertThat(b.status()).as(b.reason()).isEqualTo(ScannerApiResult.Status.OK);
        assertThat(b.bySymbol().get(BNB).opportunityScore()).isEqualTo(50.0); // A's answer says 72.43
        wireMock.verify(exactly(2), postRequestedFor(urlEqualTo(SCAN)));
        wireMock.verify(exactly(1), getRequestedFor(urlPathEqualTo(SIGNALS)));
    }

    @Test
    void waitingForAnEarlierRequestIsBoundedAndAsksNothingMeanwhile() {
        requestATimesOut();
        peer.status("B", NEVER_SCANNED, null); // A never ends (a failed scan leaves last_scan as it was)
        wireMock.setScenarioState(ScannerApiStubs.PEER, "B");

        ScannerApiResult b = fetch(Timeframe.H1);

        assertThat(b.status()).isEqualTo(ScannerApiResult.Status.UNAVAILABLE);
        assertThat(b.reason())
                .isEqualTo("timeout after " + ScannerApiWireMock.TIMEOUT
                        + " (waiting for our earlier request to finish there)");
        wireMock.verify(exactly(1), postRequestedFor(urlEqualTo(SCAN))); // A's only
        wireMock.verify(exactly(0), getRequestedFor(urlPathEqualTo(SIGNALS)));
    }

    @Test
    void aScanThatEndedBeforeItAcceptedOurRequestIsNotTaken() {
        peer.status(STARTED, NEVER_SCANNED, null);
        peer.scan(STARTED, 202, recorded("head_04_scan_medium_202.json"), "asked");
        // last_scan changes to 11:26:05.5, before it accepted ours at 11:26:05.862133: someone else's scan
        peer.status("asked", lastScan("2026-11-24T11:26:05.500000"), "other ended");
        peer.status("other ended", recorded("head_05_status_after_scan.json"), "ours ended");
        peer.signals("ours ended", recorded("head_06_signals_all.json"));

        ScannerApiResult result = fetch(Timeframe.H1);

        assertThat(result.status()).as(result.reason()).isEqualTo(ScannerApiResult.Status.OK);
        assertThat(result.bySymbol()).hasSize(9);
        wireMock.verify(exactly(3), getRequestedFor(urlPathEqualTo(STATUS))); // before, 05.5, 06.470789
        wireMock.verify(exactly(1), getRequestedFor(urlPathEqualTo(SIGNALS)));
    }

    @Test
    void fetchesRunOneAtATimeAndAWaitingOneIsShared() throws Exception {
        wireMock.stubFor(WireMock.get(urlPathEqualTo(STATUS))
                .willReturn(json(200, recorded("v6aa3783_02_status_before_scan.json"))));
        wireMock.stubFor(post(urlEqualTo(SCAN))
                .willReturn(
                        json(200, recorded("v6aa3783_03_scan_medium_200.json")).withFixedDelay(300)));

        CompletableFuture<ScannerApiResult> first =
                service.fetch(Timeframe.H1, Exchange.REPLAY).subscribeAsCompletionStage();
        CompletableFuture<ScannerApiResult> second =
                service.fetch(Timeframe.H1, Exchange.REPLAY).subscribeAsCompletionStage();
        CompletableFuture<ScannerApiResult> third = service.fetch(Timeframe.H4, Exchange.REPLAY)
                .subscribeAsCompletionStage(); // medium too: joins the waiting second
        CompletableFuture.allOf(first, second, third).get(AWAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(first.join().status()).isEqualTo(ScannerApiResult.Status.OK);
        assertThat(third.join()).isSameAs(second.join());
        List<String> requests = new ArrayList<>(wireMock.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .map(r -> r.getMethod() + " " + r.getUrl())
                .toList());
        Collections.reverse(requests); // the journal lists the newest first
        assertThat(requests).containsExactly("GET " + STATUS, "POST " + SCAN, "GET " + STATUS, "POST " + SCAN);
    }
}

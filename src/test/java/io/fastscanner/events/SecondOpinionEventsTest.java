package io.fastscanner.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.scannerapi.ScannerApiWireMock.recorded;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.fastscanner.events.SseTestClient.Frame;
import io.fastscanner.scannerapi.ScannerApiService;
import io.fastscanner.scannerapi.ScannerApiWireMock;
import io.fastscanner.testing.RecordedInputsProfile;
import io.fastscanner.testing.Scans;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A slow scanner_api never holds back our own results: each symbol is published as soon as its own analysis is done,
 * with the opinion {@code pending}, and again once the peer has answered, before the scan's closing event. The peer
 * (the recorded answers of its asynchronous contract) finishes its scan only when the test says so.
 */
@QuarkusTest
@TestProfile(RecordedInputsProfile.class)
class SecondOpinionEventsTest {

    private static final String PEER = "peer";
    private static final String FINISHED = "finished";

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @Inject
    ScannerApiService scannerApi;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    WireMockServer peer;

    @BeforeEach
    void peerStillScanning() {
        peer = ScannerApiWireMock.freshPeer(scannerApi, circuitBreakers);
        peer.stubFor(json(get(urlPathEqualTo("/api/scanner/status")), "head_02_status_before_scan.json")
                .inScenario(PEER)
                .whenScenarioStateIs(Scenario.STARTED));
        peer.stubFor(json(get(urlPathEqualTo("/api/scanner/status")), "head_05_status_after_scan.json")
                .inScenario(PEER)
                .whenScenarioStateIs(FINISHED));
        peer.stubFor(post(urlEqualTo("/api/scanner/scan"))
                .willReturn(aResponse()
                        .withStatus(202)
                        .withHeader("Content-Type", "application/json")
                        .withBody(recorded("head_04_scan_medium_202.json"))));
        peer.stubFor(json(get(urlPathEqualTo("/api/scanner/signals")), "head_06_signals_all.json"));
    }

    @Test
    void ourResultsComeFirstAndThePeersOpinionFollowsAsAnUpdate() {
        try (SseTestClient client = SseTestClient.connect(events)) {
            String scanId = Scans.scan("{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\"],\"timeframe\":\"1h\"}");
            client.await(
                    f -> "analysisProgress".equals(f.name())
                            && scanId.equals(f.scanId())
                            && f.json().get("remaining").asInt() == 0,
                    "both symbols' own results");
            List<JsonNode> own = analyzed(client, scanId);
            assertThat(own).hasSize(2);
            assertThat(own)
                    .extracting(e -> e.at("/deepAnalysis/scanner_api/status").asText())
                    .containsOnly("pending");
            assertThat(own).extracting(e -> e.at("/signal/status").asText()).containsOnly("complete");

            peer.setScenarioState(PEER, FINISHED);
            client.awaitEvent("deepAnalysisComplete", scanId);

            List<Frame> scan = client.eventsOf(scanId);
            assertThat(scan)
                    .extracting(Frame::name)
                    .containsExactly(
                            "scanStarted",
                            "quickScanComplete",
                            "symbolAnalyzed",
                            "analysisProgress",
                            "symbolAnalyzed",
                            "analysisProgress",
                            "symbolAnalyzed",
                            "symbolAnalyzed",
                            "deepAnalysisComplete");
            List<JsonNode> updates = analyzed(client, scanId).subList(2, 4);
            assertThat(updates)
                    .extracting(e -> e.get("symbol").asText())
                    .containsExactlyInAnyOrder("BTC/USDT", "ETH/USDT");
            // recorded (head_06): BTC/USDT:USDT and ETH/USDT:USDT both HOLD, their placeholder levels left out
            for (JsonNode update : updates) {
                JsonNode opinion = update.at("/deepAnalysis/scanner_api");
                assertThat(opinion.path("contract").asText())
                        .as(opinion.toString())
                        .isEqualTo("async");
                assertThat(opinion.get("signal").asText()).isEqualTo("HOLD");
                assertThat(opinion.get("agrees").isBoolean()).isTrue();
                assertThat(opinion.has("status"))
                        .as("an opinion, not the reason for none")
                        .isFalse();
            }
            assertThat(updates.get(0).at("/deepAnalysis/opportunity_score").asInt())
                    .as("our own analysis is unchanged by the update")
                    .isEqualTo(ownOf(own, updates.get(0).get("symbol").asText())
                            .at("/deepAnalysis/opportunity_score")
                            .asInt());

            for (String symbol : List.of("BTCUSDT", "ETHUSDT")) {
                assertThat(given().get("/api/scanner/symbol/" + symbol)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("deepAnalysis.scanner_api.signal")
                                .toString())
                        .as("%s as the symbol endpoint serves it", symbol)
                        .isEqualTo("HOLD");
            }
        }
    }

    private static List<JsonNode> analyzed(SseTestClient client, String scanId) {
        return client.eventsOf(scanId).stream()
                .filter(f -> "symbolAnalyzed".equals(f.name()))
                .map(Frame::json)
                .toList();
    }

    private static JsonNode ownOf(List<JsonNode> events, String symbol) {
        return events.stream()
                .filter(e -> symbol.equals(e.get("symbol").asText()))
                .findFirst()
                .orElseThrow();
    }

    private static MappingBuilder json(MappingBuilder request, String recordedAnswer) {
        return request.willReturn(aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(recorded(recordedAnswer)));
    }
}

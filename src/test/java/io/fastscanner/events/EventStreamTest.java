package io.fastscanner.events;

import static io.fastscanner.events.ScanRequests.THREE;
import static io.fastscanner.events.ScanRequests.scan;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.events.SseTestClient.Frame;
import io.fastscanner.time.TimeId;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventStreamTest {

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @Inject
    EventBus bus;

    @Test
    void aScanUnfoldsInOrderWithStrictlyIncreasingIds() {
        try (SseTestClient client = SseTestClient.connect(events)) {
            String scanId = scan(THREE);
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
                            "analysisProgress",
                            "deepAnalysisComplete");
            assertStrictlyIncreasing(client.events());
            for (Frame f : scan) {
                assertThat(f.json().get("scanId").asText()).isEqualTo(scanId);
                assertThat(f.json().get("timestamp").asText()).endsWith("Z");
            }
            assertThat(scan.get(1).json().get("count").asInt()).isEqualTo(3);
            assertThat(scan.get(1).json().get("signals")).hasSize(3);
            List<String> analyzed = scan.stream()
                    .filter(f -> f.name().equals("symbolAnalyzed"))
                    .map(f -> f.json().get("symbol").asText())
                    .toList();
            assertThat(analyzed).containsExactlyInAnyOrderElementsOf(THREE);
            List<JsonNode> progress = scan.stream()
                    .filter(f -> f.name().equals("analysisProgress"))
                    .map(Frame::json)
                    .toList();
            for (int i = 0; i < progress.size(); i++) {
                assertThat(progress.get(i).get("completed").asInt()).isEqualTo(i + 1);
                assertThat(progress.get(i).get("remaining").asInt()).isEqualTo(2 - i);
                assertThat(progress.get(i).get("total").asInt()).isEqualTo(3);
            }
            assertThat(scan.get(8).json().get("total").asInt()).isEqualTo(3);
        }
    }

    @Test
    void theConnectedEventComesFirstWithTheRetryHintAndTheHeadersDisableCaching() {
        try (SseTestClient client = SseTestClient.connect(events)) {
            Frame connected = client.frames().get(0);
            assertThat(connected.name()).isEqualTo("connected");
            assertThat(connected.id())
                    .as("connected must not move the client's Last-Event-ID")
                    .isNull();
            assertThat(connected.retry()).isEqualTo(3000L);
            JsonNode newest = connected.json().get("newestEventId");
            if (!newest.isNull()) {
                assertThat(TimeId.fromJson(newest.asText())).isLessThanOrEqualTo(bus.lastId());
            }
            var headers = client.response().headers();
            assertThat(client.response().statusCode()).isEqualTo(200);
            assertThat(headers.firstValue("Content-Type"))
                    .hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
            assertThat(headers.firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(headers.firstValue("X-Accel-Buffering")).hasValue("no");
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsExactlyWhatItMissedThenTheLiveStream() {
        try (SseTestClient observer = SseTestClient.connect(events)) {
            TimeId lastSeen;
            String scanId;
            try (SseTestClient client = SseTestClient.connect(events)) {
                scanId = scan(THREE);
                lastSeen = client.awaitEvent("symbolAnalyzed", scanId).timeId();
            }
            Frame done = observer.awaitEvent("deepAnalysisComplete", scanId);
            List<Frame> missed = observer.events().stream()
                    .filter(f -> f.timeId().isAfter(lastSeen))
                    .toList();
            assertThat(missed)
                    .extracting(Frame::name)
                    .contains("analysisProgress", "symbolAnalyzed")
                    .endsWith("deepAnalysisComplete");

            try (SseTestClient header = SseTestClient.connect(events, Map.of("Last-Event-ID", "" + lastSeen));
                    SseTestClient query = SseTestClient.connect(URI.create(events + "?lastEventId=" + lastSeen))) {
                for (SseTestClient resumed : List.of(header, query)) {
                    resumed.await(f -> f.id() != null && f.timeId().equals(done.timeId()), "the missed events");
                    assertThat(resumed.frames().get(0).name()).isEqualTo("connected");
                    assertThat(resumed.events()).isEqualTo(missed);
                }

                String next = scan(THREE);
                observer.awaitEvent("deepAnalysisComplete", next);
                header.awaitEvent("deepAnalysisComplete", next);
                List<Frame> expected = new ArrayList<>(missed);
                expected.addAll(observer.events().stream()
                        .filter(f -> f.timeId().isAfter(done.timeId()))
                        .toList());
                assertThat(header.events())
                        .as("the replay, then the live stream, without duplicates")
                        .isEqualTo(expected);
                assertStrictlyIncreasing(header.events());
            }
        }
    }

    @Test
    void theSymbolsFilterKeepsThoseSymbolsAndTheScanWideEvents() {
        try (SseTestClient all = SseTestClient.connect(events);
                SseTestClient btc = SseTestClient.connect(URI.create(
                        events + "?symbols=" + URLEncoder.encode("BTC/USDT, btcusdt", StandardCharsets.UTF_8)))) {
            String scanId = scan(THREE);
            all.awaitEvent("deepAnalysisComplete", scanId);
            btc.awaitEvent("deepAnalysisComplete", scanId);
            assertThat(btc.eventsOf(scanId).stream().filter(f -> !f.name().equals("symbolAnalyzed")))
                    .extracting(Frame::name)
                    .containsExactly(
                            "scanStarted",
                            "quickScanComplete",
                            "analysisProgress",
                            "analysisProgress",
                            "analysisProgress",
                            "deepAnalysisComplete");
            assertThat(btc.eventsOf(scanId).stream().filter(f -> f.name().equals("symbolAnalyzed")))
                    .singleElement()
                    .satisfies(f -> assertThat(f.json().get("symbol").asText()).isEqualTo("BTC/USDT"));
            assertThat(btc.eventsOf(scanId)).isSubsetOf(all.eventsOf(scanId));
        }
    }

    @Test
    void theScanIdFilterKeepsOneScansEvents() {
        TimeId before = bus.lastId() == null ? TimeId.ZERO : bus.lastId();
        String first;
        try (SseTestClient observer = SseTestClient.connect(events)) {
            first = scan(THREE);
            observer.awaitEvent("deepAnalysisComplete", first);
        }
        try (SseTestClient all = SseTestClient.connect(events);
                SseTestClient one = SseTestClient.connect(
                        URI.create(events + "?scanId=" + first), Map.of("Last-Event-ID", "" + before))) {
            String second = scan(THREE);
            all.awaitEvent("deepAnalysisComplete", second);
            assertThat(one.events())
                    .extracting(Frame::name)
                    .hasSize(9)
                    .startsWith("scanStarted")
                    .endsWith("deepAnalysisComplete");
            assertThat(one.events()).allSatisfy(f -> assertThat(f.scanId()).isEqualTo(first));
            assertThat(one.eventsOf(second)).isEmpty();
        }
    }

    @Test
    void aClosedClientIsUnsubscribed() {
        int before = bus.subscriberCount();
        SseTestClient client = SseTestClient.connect(events);
        assertThat(bus.subscriberCount()).isEqualTo(before + 1);
        client.close();
        SseTestClient.waitUntil(() -> bus.subscriberCount() == before, "the subscriber to be removed");
    }

    @Test
    void aMalformedLastEventIdIsABadRequest() {
        for (String bad : List.of("abc", "-1", "1.5", "99999999999999999999")) {
            given().header("Accept", "text/event-stream")
                    .header("Last-Event-ID", bad)
                    .when()
                    .get("/api/scanner/events")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("success", is(false))
                    .body("error.code", equalTo("INVALID_LAST_EVENT_ID"));
        }
        given().header("Accept", "text/event-stream")
                .queryParam("lastEventId", "x")
                .when()
                .get("/api/scanner/events")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_LAST_EVENT_ID"));
    }

    @Test
    void malformedSymbolsAreABadRequest() {
        for (String bad : List.of("BTC-USDT;DROP", "../../etc/passwd", "BTC/USDT,%%%")) {
            given().header("Accept", "text/event-stream")
                    .queryParam("symbols", bad)
                    .when()
                    .get("/api/scanner/events")
                    .then()
                    .statusCode(400)
                    .contentType(startsWith("application/json"))
                    .body("success", is(false))
                    .body("error.code", equalTo("INVALID_SYMBOL"));
        }
    }

    static void assertStrictlyIncreasing(List<Frame> frames) {
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).timeId())
                    .as("id after %s", frames.get(i - 1))
                    .isGreaterThan(frames.get(i - 1).timeId());
        }
    }
}

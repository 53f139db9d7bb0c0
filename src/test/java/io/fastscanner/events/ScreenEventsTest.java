package io.fastscanner.events;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.SseTestClient.Frame;
import io.fastscanner.testing.Scans;
import io.fastscanner.testing.Screens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/scanner/events?screenId=}: a client follows the symbols that pass one of the saved screens. */
@QuarkusTest
class ScreenEventsTest {

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @BeforeEach
    @AfterEach
    void noScreens() {
        Screens.deleteAll();
    }

    @Test
    void onlyTheSymbolsThatPassTheScreenAreAnalysedOnTheStreamAndTheScanWideEventsAll() {
        List<String> holds = symbolsWith(Scans.awaitDeepAnalysis(Scans.scanDefaultUniverse()), "HOLD");
        assertThat(holds).isNotEmpty().hasSizeLessThan(14);
        String screen = Screens.save("Holds", "signal == \"HOLD\"");

        try (SseTestClient screened = SseTestClient.connect(URI.create(events + "?screenId=" + screen));
                SseTestClient alias = SseTestClient.connect(URI.create(events + "?screen=" + screen));
                SseTestClient everything = SseTestClient.connect(events)) {
            String scanId = Scans.scanDefaultUniverse();
            screened.awaitEvent("deepAnalysisComplete", scanId);
            alias.awaitEvent("deepAnalysisComplete", scanId);
            everything.awaitEvent("deepAnalysisComplete", scanId);

            assertThat(analysed(everything, scanId)).hasSize(14);
            assertThat(analysed(screened, scanId)).containsExactlyInAnyOrderElementsOf(holds);
            assertThat(analysed(alias, scanId)).containsExactlyInAnyOrderElementsOf(holds);
            List<Frame> scan = screened.eventsOf(scanId);
            assertThat(scan)
                    .filteredOn(f -> f.name().equals("analysisProgress"))
                    .hasSize(14);
            assertThat(scan)
                    .filteredOn(f -> f.name().equals("quickScanComplete"))
                    .singleElement()
                    .satisfies(f -> assertThat(f.json().get("signals")).hasSize(14));
            assertThat(scan.get(0).name()).isEqualTo("scanStarted");
            assertThat(scan.get(scan.size() - 1).name()).isEqualTo("deepAnalysisComplete");
        }
    }

    @Test
    void aClientThatResumesGetsTheMissedEventsOfItsScreenOnly() {
        String screen = Screens.save("Buys", "signal == \"BUY\"");
        String scanId = Scans.scanDefaultUniverse();
        JsonPath done = Scans.awaitDeepAnalysis(scanId);

        try (SseTestClient late = SseTestClient.connect(
                URI.create(events + "?screenId=" + screen + "&scanId=" + scanId), Map.of("Last-Event-ID", "0"))) {
            late.awaitEvent("deepAnalysisComplete", scanId);
            assertThat(analysed(late, scanId)).containsExactlyInAnyOrderElementsOf(symbolsWith(done, "BUY"));
        }
    }

    @Test
    void anUnknownScreenIsAnsweredBeforeTheStreamStarts() {
        Response unknown = given().accept("text/event-stream").get(events + "?screenId=scr-000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/json");
        assertThat(unknown.jsonPath().getString("error.code")).isEqualTo("SCREEN_NOT_FOUND");

        Response expression = given().accept("text/event-stream")
                .queryParam("screen", "rsi14 < 30")
                .get(events);
        assertThat(expression.statusCode()).isEqualTo(404);
        assertThat(expression.jsonPath().getString("error.message"))
                .contains("the stream filters by a saved screen's id (POST /api/scanner/screens saves one)");

        String one = Screens.save("Buys", "signal == \"BUY\"");
        Response two = given().accept("text/event-stream")
                .queryParam("screenId", one)
                .queryParam("screen", "scr-000000000000")
                .get(events);
        assertThat(two.statusCode()).isEqualTo(400);
        assertThat(two.jsonPath().getString("error.code")).isEqualTo("INVALID_SCREEN");
    }

    private static List<String> analysed(SseTestClient client, String scanId) {
        return client.eventsOf(scanId).stream()
                .filter(f -> f.name().equals("symbolAnalyzed"))
                .map(f -> f.json().get("symbol").asText())
                .toList();
    }

    private static List<String> symbolsWith(JsonPath results, String signal) {
        List<Map<String, Object>> rows = results.getList("signals");
        return rows.stream()
                .filter(row -> signal.equals(row.get("signal")))
                .map(row -> (String) row.get("symbol"))
                .toList();
    }
}

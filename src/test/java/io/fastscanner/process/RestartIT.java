package io.fastscanner.process;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.time.TimeId;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The service restarted: an event id from before the restart gets a {@code resync} that says so, never a silent
 * resume, and {@code alerts?since=} with an alert id from before the restart returns every alert raised since.
 */
class RestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The replay clock moves one candle per scan, and alerts fire at the smallest change: two scans raise alerts. */
    private static final List<String> OPTIONS = List.of(
            "-Dscanner.replay.advance-per-scan=true",
            "-Dscanner.alerts.strength-delta=1",
            "-Dscanner.alerts.price-move-pct=0.05",
            "-Dquarkus.shutdown.delay=0s");

    @Test
    void idsFromBeforeARestartAreRecognised() throws Exception {
        String lastEventBefore;
        String lastAlertBefore;
        try (ServiceProcess first = ServiceProcess.start("restart-before", OPTIONS)) {
            scanTwice(first);
            lastEventBefore = newestEventId(first);
            List<String> alerts = alertIds(first, "");
            assertThat(alerts).as("alerts of the first run").isNotEmpty();
            lastAlertBefore = alerts.get(alerts.size() - 1);
            first.terminate();
            assertThat(first.awaitExit(Duration.ofSeconds(30))).isNotNull();
        }

        try (ServiceProcess second = ServiceProcess.start("restart-after", OPTIONS)) {
            StreamReader resumed =
                    StreamReader.open(second.uri("/api/scanner/events"), Map.of("Last-Event-ID", lastEventBefore));
            await("the resync of a client from before the restart").until(() -> resumed.dataOf("resync") != null);
            assertThat(JSON.readTree(resumed.dataOf("resync")).get("reason").asText())
                    .isEqualTo("restarted");

            scanTwice(second);
            List<String> raisedSince = alertIds(second, "?since=" + lastAlertBefore);
            assertThat(raisedSince)
                    .as("every alert of the new run")
                    .isNotEmpty()
                    .isEqualTo(alertIds(second, ""));
            assertThat(TimeId.fromJson(newestEventId(second))).isGreaterThan(TimeId.fromJson(lastEventBefore));
        }
    }

    private static void scanTwice(ServiceProcess service) throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(service.uri("/api/scanner/quick-scan"))
                                    .POST(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            await("the scan's deep analysis")
                    .until(() -> !get(service, "/api/scanner/results")
                            .at("/status/isScanning")
                            .asBoolean());
        }
    }

    private static String newestEventId(ServiceProcess service) throws Exception {
        StreamReader stream = StreamReader.open(service.uri("/api/scanner/events"), Map.of());
        await("the connected event").until(() -> stream.dataOf("connected") != null);
        return JSON.readTree(stream.dataOf("connected")).get("newestEventId").asText();
    }

    private static List<String> alertIds(ServiceProcess service, String query) throws Exception {
        List<String> ids = new ArrayList<>();
        get(service, "/api/scanner/alerts" + query)
                .get("alerts")
                .forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }

    private static JsonNode get(ServiceProcess service, String path) throws IOException, InterruptedException {
        return JSON.readTree(HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(service.uri(path)).build(), HttpResponse.BodyHandlers.ofString())
                .body());
    }
}

package io.fastscanner.process;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Three replicas of the packaged service on one Redis (127.0.0.1:6379, keys under a prefix of this run, deleted
 * afterwards): a client of any replica sees every event of a scan another replica ran, with the same ids, and an id
 * seen on one replica resumes on another with exactly the events that followed it.
 */
class ReplicasIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrefixKeys keys = PrefixKeys.fresh();
    private final String prefix = keys.prefix();
    private final List<ServiceProcess> replicas = new ArrayList<>();

    @AfterEach
    void stopAndDeleteKeys() throws Exception {
        replicas.forEach(ServiceProcess::close);
        keys.deleteAll();
    }

    private ServiceProcess replica(String name) throws Exception {
        return replica(name, List.of());
    }

    private ServiceProcess replica(String name, List<String> more) throws Exception {
        List<String> options = new ArrayList<>(List.of(
                "-Dscanner.store=redis",
                "-Dscanner.redis.prefix=" + prefix,
                "-Dquarkus.redis.hosts=redis://127.0.0.1:6379",
                "-Dquarkus.shutdown.delay=0s"));
        options.addAll(more);
        ServiceProcess replica = ServiceProcess.start(name, options);
        replicas.add(replica);
        return replica;
    }

    @Test
    void everyReplicaStreamsEveryScanWithTheSameIds() throws Exception {
        ServiceProcess a = replica("replica-a");
        ServiceProcess b = replica("replica-b");
        ServiceProcess c = replica("replica-c");
        StreamReader onA = StreamReader.open(a.uri("/api/scanner/events"), Map.of());
        StreamReader onB = StreamReader.open(b.uri("/api/scanner/events"), Map.of());
        await("both clients connected").until(() -> onA.dataOf("connected") != null && onB.dataOf("connected") != null);

        HttpResponse<String> scan = a.quickScan("{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\"]}")
                .get(1, TimeUnit.MINUTES);
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        String scanId = JSON.readTree(scan.body()).get("scanId").asText();
        assertThat(scanId).as("tagged with its replica").matches("scan-\\d{8}T\\d{6}Z-\\d{4}-[0-9a-f]{6}");
        await("the scan's closing event on B").until(() -> onB.dataOf("deepAnalysisComplete") != null);
        await("the scan's closing event on A").until(() -> onA.dataOf("deepAnalysisComplete") != null);

        List<String> seenOnA = idsAndNames(onA);
        List<String> seenOnB = idsAndNames(onB);
        assertThat(seenOnA)
                .as("scanStarted, quickScanComplete, 3 x (symbolAnalyzed, analysisProgress), deepAnalysisComplete")
                .hasSize(9);
        assertThat(seenOnB).as("the same events with the same ids on B").isEqualTo(seenOnA);
        assertThat(onB.dataOf("scanStarted")).contains(scanId);

        // a client that saw A's events up to quickScanComplete reconnects to C
        String resumeFrom = seenOnA.get(1).split(" ")[0];
        StreamReader onC = StreamReader.open(c.uri("/api/scanner/events"), Map.of("Last-Event-ID", resumeFrom));
        await("the missed events on C").until(() -> idsAndNames(onC).size() >= 7);
        assertThat(idsAndNames(onC)).isEqualTo(seenOnA.subList(2, 9));
        assertThat(onC.dataOf("resync")).as("nothing was lost: no resync").isNull();

        a.terminate(); // A's clients are told to reconnect, and can do so to B or C
        onA.ended().get(30, TimeUnit.SECONDS);
        assertThat(onA.dataOf("shutdown")).contains(seenOnA.get(8).split(" ")[0]);
    }

    @Test
    void everyReplicaListsTheAlertsOfAnyAndOneThatStartsLaterToo() throws Exception {
        // the replay clock moves one candle per scan, and alerts fire at the smallest change: two scans raise alerts
        List<String> alerting = List.of(
                "-Dscanner.replay.advance-per-scan=true",
                "-Dscanner.alerts.strength-delta=1",
                "-Dscanner.alerts.price-move-pct=0.05");
        ServiceProcess a = replica("alerts-a", alerting);
        ServiceProcess b = replica("alerts-b", alerting);
        StreamReader onA = StreamReader.open(a.uri("/api/scanner/events"), Map.of());
        await("connected").until(() -> onA.dataOf("connected") != null);
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> scan = a.quickScan("").get(1, TimeUnit.MINUTES);
            assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
            String scanId = JSON.readTree(scan.body()).get("scanId").asText();
            await("the closing event of " + scanId)
                    .until(() -> onA.lines().stream()
                            .anyMatch(l -> l.startsWith("data:")
                                    && l.contains(scanId)
                                    && l.contains("durationMs")
                                    && l.contains("\"failed\"")));
        }
        List<String> onAlertsOfA = alertIds(a);
        assertThat(onAlertsOfA).as("alerts raised on A").isNotEmpty();
        await("B lists A's alerts").until(() -> alertIds(b).equals(onAlertsOfA));

        // A's rows reach the store a little after its events: compare once they are all there
        await("A's deep analysis kept").until(() -> deepAnalysisKept(get(a, "/api/scanner/results")));
        JsonNode resultsOnA = get(a, "/api/scanner/results");
        assertThat(resultsOnA.get("signals")).as("A's latest scan").hasSize(14);
        await("B serves the results and history of A's scans").untilAsserted(() -> assertSameScans(b, a, resultsOnA));

        ServiceProcess later = replica("alerts-later", alerting);
        assertSameScans(later, a, resultsOnA);
        assertThat(alertIds(later))
                .as("a replica that starts later lists them too")
                .isEqualTo(onAlertsOfA);
        assertThat(alertIds(later, "?since=" + onAlertsOfA.get(0)))
                .isEqualTo(onAlertsOfA.subList(1, onAlertsOfA.size()));
    }

    /** {@code replica} answers what {@code scanner} scanned: its rows, its history and a symbol's deep analysis. */
    private static void assertSameScans(ServiceProcess replica, ServiceProcess scanner, JsonNode resultsOnScanner)
            throws Exception {
        JsonNode results = get(replica, "/api/scanner/results");
        assertThat(results.get("signals")).isEqualTo(resultsOnScanner.get("signals"));
        assertThat(results.at("/status/lastScan")).isEqualTo(resultsOnScanner.at("/status/lastScan"));
        assertThat(get(replica, "/api/scanner/scan-status").get("history"))
                .hasSize(2)
                .isEqualTo(get(scanner, "/api/scanner/scan-status").get("history"));
        JsonNode btc = get(replica, "/api/scanner/symbol/BTC-USDT");
        assertThat(btc.at("/signal/status").asText()).isEqualTo("complete");
        assertThat(btc).isEqualTo(get(scanner, "/api/scanner/symbol/BTC-USDT"));
    }

    private static JsonNode get(ServiceProcess replica, String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(replica.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static List<String> alertIds(ServiceProcess replica) throws Exception {
        return alertIds(replica, "");
    }

    private static List<String> alertIds(ServiceProcess replica, String query) throws Exception {
        List<String> ids = new ArrayList<>();
        JSON.readTree(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(replica.uri("/api/scanner/alerts" + query))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body())
                .get("alerts")
                .forEach(alert -> ids.add(alert.get("id").asText()));
        return ids;
    }

    @Test
    void threeReplicasOnOneFastScheduleScanEachSlotOnce() throws Exception {
        List<String> schedule = List.of("-Dscanner.schedule.enabled=true", "-Dscanner.schedule.cron=0/2 * * * * ?");
        ServiceProcess a = replica("schedule-a", schedule);
        replica("schedule-b", schedule);
        replica("schedule-c", schedule);
        StreamReader events = StreamReader.open(a.uri("/api/scanner/events"), Map.of());
        await("four scheduled scans").until(() -> scheduledScans(events) >= 4);
        replicas.forEach(ServiceProcess::close);
        long scans = scheduledScans(events);

        long slots = keys.count("slot:*");
        assertThat(scans).as("scheduled scans, at most one per claimed slot").isLessThanOrEqualTo(slots);
    }

    private static long scheduledScans(StreamReader events) {
        return events.lines().stream()
                .filter(l -> l.startsWith("data:") && l.contains("\"trigger\":\"schedule\""))
                .count();
    }

    /** {@code "<id> <event>"} for every numbered event the client got, in order. */
    private static List<String> idsAndNames(StreamReader client) {
        List<String> events = new ArrayList<>();
        String id = null;
        for (String line : client.lines()) {
            if (line.startsWith("id:")) {
                id = line.substring(3);
            } else if (line.startsWith("event:") && id != null) {
                events.add(id + " " + line.substring(6));
            } else if (line.isEmpty()) {
                id = null;
            }
        }
        return events;
    }

    /** Every row of the latest scan has its deep analysis done (complete or failed). */
    private static boolean deepAnalysisKept(JsonNode results) {
        for (JsonNode row : results.get("signals")) {
            String status = row.get("status").asText();
            if (!status.equals("complete") && !status.equals("failed")) {
                return false;
            }
        }
        return true;
    }
}

package io.fastscanner.process;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.fastscanner.marketdata.Timeframe;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One owner per scan, across three packaged replicas on one Redis, with WireMock answering as Binance: identical
 * requests spread over the replicas cost one set of exchange requests, and a scan whose owner is killed mid-deep-phase
 * is closed by another replica with its unfinished symbols failed {@code owner_lost}.
 */
class ScanOwnershipIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BASES = List.of("BTC", "ETH", "SOL");
    private static final String BODY = "{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\"],\"timeframe\":\"1h\"}";
    private static final Duration LEASE = Duration.ofSeconds(3);

    private final PrefixKeys keys = PrefixKeys.fresh();
    private final List<ServiceProcess> replicas = new ArrayList<>();
    private WireMockServer exchange;

    /** The scan's own candles (1h) after {@code quick}, the deep phase's other timeframes after {@code deep}. */
    private void exchange(Duration quick, Duration deep) {
        exchange = WireMockBinance.start(BASES, tf -> tf == Timeframe.H1 ? quick : deep);
    }

    @BeforeEach
    void noExchangeYet() {
        exchange = null;
    }

    @AfterEach
    void stop() throws Exception {
        replicas.forEach(ServiceProcess::close);
        if (exchange != null) {
            exchange.stop();
        }
        keys.deleteAll();
    }

    private ServiceProcess replica(String name) throws Exception {
        ServiceProcess replica = ServiceProcess.start(
                name,
                List.of(
                        "-Dscanner.store=redis",
                        "-Dscanner.redis.prefix=" + keys.prefix(),
                        "-Dscanner.redis.lease=" + LEASE.toSeconds() + "s",
                        "-Dquarkus.redis.hosts=redis://127.0.0.1:6379",
                        "-Dquarkus.shutdown.delay=0s",
                        "-Dscanner.source=binance",
                        "-Dquarkus.rest-client.binance.url=" + exchange.baseUrl()));
        replicas.add(replica);
        return replica;
    }

    @Test
    void twentyIdenticalRequestsOverThreeReplicasCostOneSetOfExchangeRequests() throws Exception {
        exchange(Duration.ofMillis(1500), Duration.ZERO);
        List<ServiceProcess> three = List.of(replica("share-a"), replica("share-b"), replica("share-c"));

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(post(three.get(i % 3), BODY));
        }
        List<String> scanIds = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(response.body());
            assertThat(body.get("signals")).hasSize(3);
            scanIds.add(body.get("scanId").asText());
        }
        assertThat(scanIds).as("one scan answered all 20").containsOnly(scanIds.get(0));
        // WireMock journals a delayed answer a moment after sending it: wait for the three, then check there are no
        // more.
        await("the scan's candle requests in WireMock's journal")
                .until(() -> scanCandleRequests().size() >= 3);
        assertThat(scanCandleRequests())
                .as("the scan's candles, asked once per symbol")
                .hasSize(3);
    }

    @Test
    void aScanWhoseOwnerIsKilledMidDeepPhaseIsClosedByAnotherReplica() throws Exception {
        exchange(Duration.ZERO, Duration.ofSeconds(8));
        ServiceProcess owner = replica("owner");
        ServiceProcess b = replica("survivor-b");
        replica("survivor-c");
        StreamReader onB = StreamReader.open(b.uri("/api/scanner/events"), Map.of());
        await("connected").until(() -> onB.dataOf("connected") != null);

        HttpResponse<String> scan = post(owner, BODY).get(60, TimeUnit.SECONDS);
        assertThat(scan.statusCode()).as(scan.body()).isEqualTo(200);
        String scanId = JSON.readTree(scan.body()).get("scanId").asText();
        await("the deep phase asking for its slow candles")
                .until(() -> !exchange.findAll(
                                getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("interval", equalTo("4h")))
                        .isEmpty());
        owner.kill();

        await("the scan's closing event, from another replica").until(() -> onB.dataOf("deepAnalysisComplete") != null);
        JsonNode closing = JSON.readTree(onB.dataOf("deepAnalysisComplete"));
        assertThat(closing.get("scanId").asText()).isEqualTo(scanId);
        assertThat(closing.get("failed").asInt()).isEqualTo(3);

        JsonNode results = JSON.readTree(HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(b.uri("/api/scanner/results")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        assertThat(results.at("/status/isScanning").asBoolean()).isFalse();
        assertThat(results.get("signals")).hasSize(3).allSatisfy(row -> {
            assertThat(row.get("status").asText()).isEqualTo("failed");
            assertThat(row.get("reason").asText()).startsWith("owner_lost");
        });
    }

    private List<?> scanCandleRequests() {
        return exchange.findAll(getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("interval", equalTo("1h")));
    }

    private static CompletableFuture<HttpResponse<String>> post(ServiceProcess replica, String body) {
        return replica.quickScan(body);
    }
}

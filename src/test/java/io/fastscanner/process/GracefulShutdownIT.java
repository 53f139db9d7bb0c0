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
 * SIGTERM to the packaged service while a quick scan is in flight, a deep analysis is running and event stream clients
 * are connected, as Kubernetes stops a pod. The exchange is WireMock answering as Binance: candles of the scan's own
 * timeframe at once, every other timeframe only after {@link #SLOW_CANDLES}, so the deep analysis and the second scan
 * are still waiting for them when the signal comes.
 */
class GracefulShutdownIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> BASES = List.of("BTC", "ETH", "SOL");
    private static final Duration SLOW_CANDLES = Duration.ofSeconds(4);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(10);
    private static final int CLIENTS = 50;

    private WireMockServer exchange;

    @BeforeEach
    void exchange() {
        exchange = WireMockBinance.start(BASES, tf -> tf == Timeframe.H1 ? Duration.ZERO : SLOW_CANDLES);
    }

    @AfterEach
    void stopExchange() {
        exchange.stop();
    }

    @Test
    void sigtermDuringAScanLosesNothing() throws Exception {
        try (ServiceProcess service = ServiceProcess.start(
                "graceful-shutdown",
                List.of(
                        "-Dscanner.source=binance",
                        "-Dquarkus.rest-client.binance.url=" + exchange.baseUrl(),
                        "-Dquarkus.shutdown.delay=2s",
                        "-Dquarkus.shutdown.timeout=" + SHUTDOWN_TIMEOUT.toSeconds() + "s"))) {
            List<StreamReader> clients = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                clients.add(StreamReader.open(service.uri("/api/scanner/events"), Map.of()));
            }
            await("every client connected").until(() -> clients.stream().allMatch(c -> c.dataOf("connected") != null));

            HttpResponse<String> first = post(service, "{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\"]}");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
            String deepScanId = JSON.readTree(first.body()).get("scanId").asText();
            CompletableFuture<HttpResponse<String>> inFlight =
                    postAsync(service, "{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\",\"SOL/USDT\"],\"timeframe\":\"30m\"}");
            await("the second scan waiting for its candles")
                    .until(() -> !exchange.findAll(
                                    getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("interval", equalTo("30m")))
                            .isEmpty());

            long signalled = System.nanoTime();
            service.terminate();

            await("readiness DOWN").until(() -> service.status("/q/health/ready") == 503);
            HttpResponse<String> refused = post(service, "{}");
            assertShuttingDown(refused);
            HttpResponse<String> refusedStream = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(service.uri("/api/scanner/events"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertShuttingDown(refusedStream);

            HttpResponse<String> answered = inFlight.get(30, TimeUnit.SECONDS);
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
            assertThat(JSON.readTree(answered.body()).get("signals")).hasSize(3);

            for (StreamReader client : clients) {
                client.ended().get(30, TimeUnit.SECONDS); // a clean end: fails when the connection broke
                JsonNode shutdown = JSON.readTree(client.dataOf("shutdown"));
                assertThat(shutdown.get("retry").asLong()).isEqualTo(3000);
                assertThat(shutdown.get("newestEventId").asText()).isNotEmpty();
                assertThat(client.lines()).contains("retry:3000");
                JsonNode closing = JSON.readTree(client.dataOf("deepAnalysisComplete"));
                assertThat(closing.get("scanId").asText()).isEqualTo(deepScanId);
                assertThat(closing.get("failed").asInt())
                        .as("the symbols the shutdown stopped")
                        .isPositive();
            }

            Integer exit = service.awaitExit(SHUTDOWN_TIMEOUT.plusSeconds(10));
            assertThat(exit).as("exited").isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - signalled))
                    .as("from SIGTERM to exit: the delay, then at most the timeout")
                    .isLessThan(Duration.ofSeconds(2).plus(SHUTDOWN_TIMEOUT).plusSeconds(5));
            String log = service.log();
            assertThat(log).contains("Shutting down: no new scan starts");
            assertThat(log.lines().filter(l -> l.contains(" ERROR ") || l.startsWith("\tat ")))
                    .as("ERROR lines and stack traces in the log")
                    .isEmpty();
        }
    }

    private static void assertShuttingDown(HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.get("success").asBoolean()).isFalse();
        assertThat(body.at("/error/code").asText()).isEqualTo("SHUTTING_DOWN");
    }

    private static HttpResponse<String> post(ServiceProcess service, String body) throws Exception {
        return postAsync(service, body).get(30, TimeUnit.SECONDS);
    }

    private static CompletableFuture<HttpResponse<String>> postAsync(ServiceProcess service, String body) {
        return service.quickScan(body);
    }
}

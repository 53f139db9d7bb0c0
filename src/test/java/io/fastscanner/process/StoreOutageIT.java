package io.fastscanner.process;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A replica whose Redis is not there says so and refuses scans, then recovers by itself once Redis answers: here a
 * {@code redis-server} of the test's own, on a free port, started after the replica and without persistence.
 */
class StoreOutageIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Process redis;

    @AfterEach
    void stopRedis() throws InterruptedException {
        if (redis != null) {
            redis.destroy();
            redis.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutRedisTheReplicaIsUnreadyAndRefusesScansThenRecoversByItself() throws Exception {
        int redisPort = freePort();
        try (ServiceProcess replica = ServiceProcess.startLive(
                "store-outage",
                List.of(
                        "-Dscanner.store=redis",
                        "-Dquarkus.redis.hosts=redis://127.0.0.1:" + redisPort,
                        "-Dquarkus.shutdown.delay=0s"))) {
            await("readiness DOWN for the store").until(() -> storeCheck(replica) != null);
            JsonNode down = storeCheck(replica);
            assertThat(down.get("status").asText()).isEqualTo("DOWN");
            assertThat(down.at("/data/reason").asText()).isNotEmpty();

            HttpResponse<String> refused = quickScan(replica);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(JSON.readTree(refused.body()).at("/error/code").asText()).isEqualTo("STORE_UNAVAILABLE");

            redis = new ProcessBuilder(
                            "redis-server",
                            "--port",
                            String.valueOf(redisPort),
                            "--bind",
                            "127.0.0.1",
                            "--save",
                            "",
                            "--appendonly",
                            "no")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();

            await("readiness UP once Redis answers").until(() -> replica.status("/q/health/ready") == 200);
            await("a scan once Redis answers").until(() -> quickScan(replica).statusCode() == 200);
            assertThat(replica.log()).contains("Redis is unreachable").contains("Redis is reachable again");
            assertThat(replica.log().lines().filter(l -> l.contains(" ERROR ") || l.startsWith("\tat ")))
                    .as("ERROR lines and stack traces")
                    .isEmpty();
        }
    }

    /** The {@code store} check of the readiness answer, or null before it reports DOWN. */
    private static JsonNode storeCheck(ServiceProcess replica) throws Exception {
        JsonNode ready = JSON.readTree(get(replica, "/q/health/ready"));
        for (JsonNode check : ready.get("checks")) {
            if (check.get("name").asText().equals("store")
                    && check.get("status").asText().equals("DOWN")) {
                return check;
            }
        }
        return null;
    }

    private static String get(ServiceProcess replica, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(replica.uri(path)).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static HttpResponse<String> quickScan(ServiceProcess replica) throws IOException, InterruptedException {
        return HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .build()
                .send(
                        HttpRequest.newBuilder(replica.uri("/api/scanner/quick-scan"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"symbols\":[\"BTC/USDT\"]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

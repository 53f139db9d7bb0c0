package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What the simulators' tests share: one Vert.x, a simulator per exchange, GET, samples, waiting for a window. */
abstract class SimulatorCalls {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final long HOUR = Timeframe.H1.millis();
    static Vertx vertx;

    record Answer(int status, HttpResponse<String> raw, JsonNode body) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    static SpotSimulator simulator(Exchange exchange) {
        SpotSimulator s = new SpotSimulator(
                exchange, vertx, 50, SpotSimulator.usualQuote(exchange), Duration.ZERO, Duration.ZERO);
        s.start(0);
        return s;
    }

    static Answer get(SpotSimulator s, String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create(s.baseUrl() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r, JSON.readTree(r.body()));
    }

    /** Keeps one answer as a sample, e.g. {@code target/bench/samples/okx-candles.json}. */
    static void sample(Exchange exchange, String name, Answer answer) throws IOException {
        Path dir = Path.of("target/bench/samples");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve(exchange.id() + "-" + name + ".json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer.body()));
    }

    /** Waits for the start of the next window of {@code windowMs}, so a burst of requests stays in one window. */
    static void awaitWindowStart(long windowMs) throws InterruptedException {
        Thread.sleep(windowMs - System.currentTimeMillis() % windowMs + 5);
    }

    static long formingOpen() {
        return System.currentTimeMillis() / HOUR * HOUR;
    }
}

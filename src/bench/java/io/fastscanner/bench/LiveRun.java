package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The live part ({@code bench/run.sh --live}): the packaged service with {@code scanner.live.enabled} against the
 * simulated REST API and kline streams ({@link BinanceStreams}) of the same candles. It waits until the service's
 * streams are warm (it reports them connected, the simulator has every stream subscribed, a quick scan answers
 * {@code "data":"live"} and the repair from REST has gone quiet), then runs {@link LiveScans} and
 * {@link LiveStreaming}. The deep phase is off unless {@code -Dscanner.deep-analysis.enabled=true}: its other
 * timeframes are not streamed, and its requests and CPU would be counted as the quick scans'.
 */
final class LiveRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The repair is over when no candle request has arrived for this long. */
    private static final long QUIET_MS = 5_000;

    private final BenchOptions options;
    private final Vertx vertx;
    private final ExchangeSimulator simulator;
    private final ScanRuns runs;
    private final Path logs;

    LiveRun(BenchOptions options, Vertx vertx, ExchangeSimulator simulator, ScanRuns runs, Path logs) {
        this.options = options;
        this.vertx = vertx;
        this.simulator = simulator;
        this.runs = runs;
        this.logs = logs;
    }

    Map<String, Object> run() throws Exception {
        int n = options.liveSymbols;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("symbols", n);
        result.put("timeframes", options.liveTimeframes);
        Vertx clientLoop = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (BinanceStreams streams = new BinanceStreams(vertx, simulator.klines())) {
            streams.start(0);
            simulator.reset();
            Map<String, String> properties = runs.serviceProperties(n);
            properties.put("scanner.live.enabled", "true");
            properties.put("scanner.live.binance.url", streams.baseUrl());
            properties.put("scanner.live.timeframes", options.liveTimeframes);
            properties.put("scanner.deep-analysis.enabled", "false");
            properties.putAll(options.serviceProperties);
            result.put("serviceProperties", properties);
            BenchMain.log("live: kline streams on " + streams.baseUrl() + ", REST on " + simulator.baseUrl());
            try (ServiceProcess service = ServiceProcess.start(
                            options.javaHome(),
                            options.jar,
                            runs.jvmOptions(),
                            properties,
                            logs.resolve("service-live-n" + n + ".log"),
                            Duration.ofMinutes(2));
                    SseClients sse = new SseClients(clientLoop, "127.0.0.1", service.port(), 1)) {
                LiveSignals signals = new LiveSignals();
                sse.open(0, signals).get(30, TimeUnit.SECONDS);
                Map<String, Object> warm = warmUp(service, streams, n);
                result.put("warmUp", warm);
                if (options.liveBoundaries > 0
                        && List.of(options.liveTimeframes.split(",")).contains("1m")) {
                    warm.put("firstBoundary", LiveStreaming.firstBoundary(streams, signals, n));
                }
                BenchMain.log("live: warm " + result.get("warmUp"));
                result.put("scans", LiveScans.run(service, simulator, "1h", options.liveScans));
                BenchMain.log("live: scans " + result.get("scans"));
                result.put(
                        "streaming",
                        LiveStreaming.run(
                                service,
                                simulator,
                                streams,
                                signals,
                                options.liveIdleSeconds * 1000L,
                                options.liveBoundaries));
                result.put("exchangesAtEnd", binance(service));
                BenchMain.log("live: streaming " + result.get("streaming"));
            }
        } catch (Exception e) { // what was measured so far is still reported
            result.put("error", e.toString());
            BenchMain.log("live: failed: " + e);
        } finally {
            clientLoop.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        return result;
    }

    private Map<String, Object> warmUp(ServiceProcess service, BinanceStreams streams, int n) throws Exception {
        int expected = n * options.liveTimeframes.split(",").length;
        long start = System.currentTimeMillis();
        long deadline = start + options.liveWarmSeconds * 1000L;
        long connectedAt = -1;
        int attempts = 0;
        String lastData = null;
        while (true) {
            long now = System.currentTimeMillis();
            if (now > deadline) {
                throw new IllegalStateException("the service was not live after " + options.liveWarmSeconds
                        + " s: streams " + binance(service) + ", " + streams.subscribedStreams() + " of " + expected
                        + " subscribed, last quick scan data " + lastData + " (does this build have scanner.live?)");
            }
            if (connectedAt < 0 && streams.subscribedStreams() >= expected && connected(binance(service))) {
                connectedAt = now;
            }
            if (connectedAt >= 0) {
                attempts++;
                HttpResponse<String> r =
                        service.post("/api/scanner/quick-scan", "{\"timeframe\":\"1h\"}", Duration.ofMinutes(2));
                lastData = r.statusCode() + " "
                        + JSON.readTree(r.body()).path("data").asText("absent");
                if (lastData.equals("200 live")) {
                    break;
                }
            }
            Thread.sleep(connectedAt < 0 ? 500 : 2_000);
        }
        long liveAt = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline && lastKlinesRequest() > System.currentTimeMillis() - QUIET_MS) {
            Thread.sleep(500);
        }
        ExchangeSimulator.Stats rest = simulator.stats();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("streamsConnectedMs", connectedAt - start);
        m.put("liveAnswerMs", liveAt - start);
        m.put("quietMs", System.currentTimeMillis() - start);
        m.put("scanAttempts", attempts);
        m.put("subscribedStreams", streams.subscribedStreams());
        m.put("connections", streams.openConnections());
        m.put("requests", rest.requests());
        m.put("peakWeight", rest.peakWeight());
        m.put("rateLimited429", rest.rateLimited());
        m.put("streamsSimulator", streams.log().describe());
        return m;
    }

    private long lastKlinesRequest() {
        return simulator.arrivals().stream()
                .filter(a -> "klines".equals(a.endpoint()))
                .mapToLong(LoopbackServer.Arrival::atMs)
                .max()
                .orElse(0);
    }

    /** The binance entry's {@code streams} of {@code GET /api/scanner/exchanges} (missing node when absent). */
    static JsonNode binance(ServiceProcess service) throws Exception {
        HttpResponse<String> r = service.get("/api/scanner/exchanges", Duration.ofSeconds(10));
        for (JsonNode e : JSON.readTree(r.body()).path("exchanges")) {
            if ("binance".equals(e.path("exchange").asText())) {
                return e.path("streams");
            }
        }
        return JSON.missingNode();
    }

    /** Whether the service says its streams are connected: {@code connected} true, on the node or any element. */
    static boolean connected(JsonNode streams) {
        if (streams.isArray()) {
            for (JsonNode s : streams) {
                if (connected(s)) {
                    return true;
                }
            }
            return false;
        }
        JsonNode c = streams.path("connected");
        return c.asBoolean(false) || c.asInt(0) > 0;
    }
}

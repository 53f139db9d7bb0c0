package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The end-to-end runs: a fresh service per repetition, a warm-up scan of symbols the measured scan does not touch,
 * then the measured quick scan of the default universe and its deep phase, observed over SSE.
 */
final class ScanRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchOptions options;
    private final Vertx vertx;
    private final ExchangeSimulator simulator;
    private final Path logs;

    ScanRuns(BenchOptions options, Vertx vertx, ExchangeSimulator simulator, Path logs) {
        this.options = options;
        this.vertx = vertx;
        this.simulator = simulator;
        this.logs = logs;
    }

    /** One deepAnalysisComplete (or any) event as one listener saw it. */
    record Seen(long id, String name, long timestampMicros, long receivedMicros, String dataStart) {}

    /** Collects events by scan; lets the harness wait for one event of one scan. */
    static final class EventLog implements SseClients.Listener {
        final Map<String, List<Seen>> byScan = new ConcurrentHashMap<>();
        private final Map<String, CountDownLatch> completions = new ConcurrentHashMap<>();
        private final int clients;

        EventLog(int clients) {
            this.clients = clients;
        }

        CountDownLatch completion(String scanId) {
            return completions.computeIfAbsent(scanId, k -> new CountDownLatch(clients));
        }

        @Override
        public void onEvent(int client, SseEvent event) {
            String scanId = event.scanId();
            if (scanId == null) {
                return;
            }
            byScan.computeIfAbsent(scanId, k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Seen(
                            event.id(),
                            event.name(),
                            event.timestampMicros(),
                            event.receivedMicros(),
                            event.dataStart()));
            if ("deepAnalysisComplete".equals(event.name())) {
                completion(scanId).countDown();
            }
        }
    }

    /** Properties of the service under test for a universe of {@code n} symbols. */
    Map<String, String> serviceProperties(int n) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("scanner.source", "binance");
        p.put("quarkus.rest-client.binance.url", simulator.baseUrl());
        p.put("scanner.universe.size", Integer.toString(n));
        p.put("scanner.max-symbols", Integer.toString(Math.max(500, n + options.warmupSymbols)));
        if (options.concurrency > 0) {
            p.put("scanner.quick-scan.concurrency", Integer.toString(options.concurrency));
        }
        p.put("scanner.schedule.enabled", "false"); // the measured scans are the only ones: no cached candles
        p.put("quarkus.log.console.level", "INFO");
        p.putAll(options.serviceProperties);
        return p;
    }

    List<String> jvmOptions() {
        List<String> jvm = new ArrayList<>();
        if (!options.xmx.isBlank()) {
            jvm.add("-Xmx" + options.xmx);
        }
        jvm.addAll(options.serviceJvmOptions);
        return jvm;
    }

    /** The quick-scan concurrency the service uses in these runs. */
    int concurrency() {
        String configured = options.serviceProperties.get("scanner.quick-scan.concurrency");
        if (configured != null) {
            return Integer.parseInt(configured);
        }
        return options.concurrency > 0 ? options.concurrency : 20;
    }

    /** Warm-up symbols: the least traded of the market, never in a measured universe (the top N). */
    List<String> warmupSymbols() {
        List<MarketSymbol> byVolume = simulator.symbolsByVolume();
        return byVolume.subList(Math.max(0, byVolume.size() - options.warmupSymbols), byVolume.size()).stream()
                .map(MarketSymbol::toString)
                .toList();
    }

    void warmUp(ServiceProcess service, EventLog events) throws Exception {
        if (options.warmupSymbols <= 0) {
            return;
        }
        String body = JSON.writeValueAsString(Map.of("symbols", warmupSymbols(), "timeframe", "1h"));
        HttpResponse<String> r = service.post("/api/scanner/quick-scan", body, Duration.ofMinutes(2));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("warm-up scan answered " + r.statusCode() + ": " + r.body());
        }
        String scanId = JSON.readTree(r.body()).path("scanId").asText();
        if (!events.completion(scanId).await(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("warm-up deep analysis did not complete");
        }
        if (!options.smoke) {
            awaitNextWeightMinute();
        }
    }

    /**
     * The service counts request weight per UTC minute: the measured scan starts just after a minute begins, so the
     * warm-up's weight is not charged to it, as on a service that was idle for a minute.
     */
    static void awaitNextWeightMinute() throws InterruptedException {
        long now = System.currentTimeMillis();
        Thread.sleep(60_000 - now % 60_000 + 1_000);
    }

    /** One measured repetition for a universe of {@code n} symbols. */
    Map<String, Object> endToEnd(int n, int rep) throws Exception {
        return endToEnd(n, rep, Map.of(), "service-n" + n + "-rep" + rep);
    }

    /** One measured repetition with {@code extra} service properties, its service log {@code logName}.log. */
    Map<String, Object> endToEnd(int n, int rep, Map<String, String> extra, String logName) throws Exception {
        simulator.reset();
        Path log = logs.resolve(logName + ".log");
        Map<String, String> properties = serviceProperties(n);
        properties.putAll(extra);
        try (ServiceProcess service = ServiceProcess.start(
                        options.javaHome(), options.jar, jvmOptions(), properties, log, Duration.ofMinutes(2));
                SseClients sse = new SseClients(vertx, "127.0.0.1", service.port(), 1)) {
            EventLog events = new EventLog(1);
            sse.open(0, events).get(30, TimeUnit.SECONDS);
            warmUp(service, events);
            Map<String, Object> run = measuredScan(service, events, n);
            run.put("rep", rep);
            return run;
        }
    }

    Map<String, Object> measuredScan(ServiceProcess service, EventLog events, int n) throws Exception {
        simulator.reset();
        prepareUniverse(n);
        service.sampleRss(50);
        String loadBefore = loadAverage1m();
        long cpuStart = service.cpuMillis();
        Map<String, Long> threadsStart = service.cpuMillisByThreadGroup();
        long startMicros = SseClients.nowMicros();
        long start = System.nanoTime();
        HttpResponse<String> r =
                service.post("/api/scanner/quick-scan", "{\"timeframe\":\"1h\"}", Duration.ofMinutes(5));
        double wallMs = (System.nanoTime() - start) / 1e6;
        long cpuQuick = service.cpuMillis();
        Map<String, Long> threadsQuick = service.cpuMillisByThreadGroup();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("quick scan answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode answer = JSON.readTree(r.body());
        String scanId = answer.path("scanId").asText();
        int quickFailed = 0;
        for (JsonNode s : answer.path("signals")) {
            if ("failed".equals(s.path("status").asText())) {
                quickFailed++;
            }
        }
        boolean complete = events.completion(scanId).await(options.deepTimeout.toSeconds(), TimeUnit.SECONDS);
        Seen done = complete
                ? events.byScan.getOrDefault(scanId, List.of()).stream()
                        .filter(e -> "deepAnalysisComplete".equals(e.name()))
                        .min(Comparator.comparingLong(Seen::receivedMicros))
                        .orElse(null)
                : null;
        double deepMs = done == null ? Double.NaN : (done.receivedMicros() - startMicros) / 1000.0;
        long cpuDeep = service.cpuMillis();
        Map<String, Long> threadsDeep = service.cpuMillisByThreadGroup();
        long peakRss = service.stopSampling();
        JsonNode status = scanStatus(service);
        ExchangeSimulator.Stats upstream = simulator.stats();

        int c = concurrency();
        double floorMs = Math.ceil((double) n / c) * options.latencyMs;
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("scanId", scanId);
        run.put("symbols", answer.path("count").asInt());
        run.put("quickScanMs", Stats.round(wallMs));
        run.put("serverDurationMs", answer.path("durationMs").asDouble());
        run.put("concurrency", c);
        run.put("floorMs", floorMs);
        run.put("ratio", Stats.round(wallMs / floorMs));
        run.put("quickFailed", quickFailed);
        run.put("deepCompleteMs", Stats.round(deepMs));
        run.put("deepAfterQuickMs", Stats.round(deepMs - wallMs));
        run.put("deepFailed", deepFailed(done));
        run.put("failedInHistory", failedInHistory(status, scanId));
        run.put("serviceCpuQuickMs", cpuQuick - cpuStart);
        run.put("serviceCpuDeepMs", cpuDeep - cpuQuick);
        run.put("serviceCpuQuickByThreads", ServiceProcess.delta(threadsStart, threadsQuick));
        run.put("serviceCpuDeepByThreads", ServiceProcess.delta(threadsQuick, threadsDeep));
        run.put("loadAverage1mBefore", loadBefore);
        run.put("loadAverage1mAfter", loadAverage1m());
        run.put("upstreamRequests", upstream.total());
        run.put("requestsByEndpoint", upstream.requests());
        run.put("rateLimited429", upstream.rateLimited());
        run.put("peakWeight", upstream.peakWeight());
        run.put("peakInFlight", upstream.peakInFlight());
        run.put("connectionsOpened", upstream.connections());
        run.put("peakRssMb", Stats.round(peakRss / 1024.0));
        run.put("vmHwmMb", Stats.round(service.status("VmHWM") / 1024.0));
        return run;
    }

    /** The 1h answers of the quick scan of the top {@code n} symbols (and a few more), built before the timing starts. */
    private void prepareUniverse(int n) {
        List<MarketSymbol> byVolume = simulator.symbolsByVolume();
        simulator.prepareKlines(byVolume.subList(0, Math.min(byVolume.size(), n + 20)), Timeframe.H1, 1000);
    }

    static String loadAverage1m() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static JsonNode scanStatus(ServiceProcess service) {
        try {
            var http = HttpClient.newHttpClient();
            var r = http.send(
                    HttpRequest.newBuilder(service.uri("/api/scanner/scan-status"))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return JSON.readTree(r.body());
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    /** {@code failed} of the deepAnalysisComplete event: symbols whose deep analysis failed. */
    private static int deepFailed(Seen done) {
        if (done == null || done.dataStart() == null) {
            return -1;
        }
        try {
            return JSON.readTree(done.dataStart()).path("failed").asInt(-1);
        } catch (Exception e) {
            return -1;
        }
    }

    /** {@code failed} of the scan in the service's history (symbols failed when the status was read). */
    private static int failedInHistory(JsonNode status, String scanId) {
        for (JsonNode h : status.path("history")) {
            if (scanId.equals(h.path("scanId").asText()) && h.has("failed")) {
                return h.path("failed").asInt();
            }
        }
        return -1;
    }
}

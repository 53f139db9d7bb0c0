package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How soon a new replica is useful: a fresh service per repetition, timed from its process start until
 * {@code /q/health/ready} answers 200, then its first quick scan (a cold JVM) and, once that scan's deep phase is
 * done, a second scan of as many other symbols (a warm JVM). The second universe is different because the service
 * caches candles: the same symbols again would cost no request. Each JVM setup (with and without an AOT cache) runs
 * in turn within a repetition, so they see the same machine load.
 */
final class ColdStarts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A way to start the service's JVM: its Java home and, optionally, an AOT cache made by a training run. */
    record Setup(String label, Path javaHome, Path aotCache) {

        List<String> jvmOptions(List<String> base) {
            List<String> jvm = new ArrayList<>(base);
            if (aotCache != null) {
                // "on": the JVM refuses to start with a cache it cannot use, rather than silently running without one
                jvm.add("-XX:AOTMode=on");
                jvm.add("-XX:AOTCache=" + aotCache.toAbsolutePath());
            }
            return jvm;
        }
    }

    private final BenchOptions options;
    private final Vertx vertx;
    private final ExchangeSimulator simulator;
    private final ScanRuns runs;
    private final Path logs;

    ColdStarts(BenchOptions options, Vertx vertx, ExchangeSimulator simulator, ScanRuns runs, Path logs) {
        this.options = options;
        this.vertx = vertx;
        this.simulator = simulator;
        this.runs = runs;
        this.logs = logs;
    }

    /**
     * The service's JVM as configured ({@code --java}), each {@code --cold-java}, and the last of them again with
     * {@code --aot-cache} when one is given.
     */
    List<Setup> setups() {
        List<Setup> setups = new ArrayList<>();
        List<Path> homes = new ArrayList<>(List.of(options.javaHome()));
        homes.addAll(options.coldJavas);
        for (Path home : homes) {
            setups.add(new Setup(javaVersion(home), home, null));
        }
        if (options.aotCache != null) {
            Path last = homes.get(homes.size() - 1);
            setups.add(new Setup(javaVersion(last) + " + AOT cache", last, options.aotCache));
        }
        return setups;
    }

    /** {@code JDK 17.0.15} from the first line of {@code java -version}. */
    static String javaVersion(Path javaHome) {
        String out = BenchMain.Machine.command(
                javaHome.resolve("bin").resolve("java").toString(), "-version");
        int quote = out.indexOf('"');
        return quote < 0 ? out : "JDK " + out.substring(quote + 1, out.indexOf('"', quote + 1));
    }

    List<Map<String, Object>> run() throws Exception {
        List<Map<String, Object>> bySize = new ArrayList<>();
        for (int n : options.coldSizes) {
            Map<Setup, List<Map<String, Object>>> reps = new LinkedHashMap<>();
            for (int rep = 1; rep <= options.coldReps; rep++) {
                for (Setup setup : setups()) {
                    Map<String, Object> run = once(setup, n, rep);
                    BenchMain.log("cold start N=" + n + " rep " + rep + " [" + setup.label() + "]: " + run);
                    reps.computeIfAbsent(setup, s -> new ArrayList<>()).add(run);
                }
            }
            reps.forEach((setup, list) -> bySize.add(summarise(setup, n, list)));
        }
        return bySize;
    }

    private Map<String, Object> once(Setup setup, int n, int rep) throws Exception {
        simulator.reset();
        List<MarketSymbol> byVolume = simulator.symbolsByVolume();
        List<MarketSymbol> cold = byVolume.subList(0, n);
        List<MarketSymbol> warm = byVolume.subList(n, 2 * n);
        simulator.prepareKlines(byVolume.subList(0, 2 * n), Timeframe.H1, ExchangeSimulator.MAX_KLINES);
        Path log = logs.resolve(
                "service-cold-n" + n + "-rep" + rep + "-" + setup.label().replaceAll("[^A-Za-z0-9.]+", "-") + ".log");
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("rep", rep);
        run.put("loadAverage1mBefore", ScanRuns.loadAverage1m());
        long start = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(
                        setup.javaHome(),
                        options.jar,
                        setup.jvmOptions(runs.jvmOptions()),
                        runs.serviceProperties(n),
                        log,
                        Duration.ofMinutes(2));
                SseClients sse = new SseClients(vertx, "127.0.0.1", service.port(), 1)) {
            run.put("readyMs", Stats.round((System.nanoTime() - start) / 1e6));
            run.put("serviceCpuToReadyMs", service.cpuMillis());
            ScanRuns.EventLog events = new ScanRuns.EventLog(1);
            sse.open(0, events).get(30, TimeUnit.SECONDS);
            scan(service, events, cold, "cold", run);
            scan(service, events, warm, "warm", run);
        }
        double floor = Math.ceil((double) n / runs.concurrency()) * options.latencyMs;
        run.put("floorMs", floor);
        run.put("coldRatio", Stats.round((double) run.get("coldScanMs") / floor));
        run.put("warmRatio", Stats.round((double) run.get("warmScanMs") / floor));
        return run;
    }

    /**
     * One timed quick scan of {@code symbols}; waits for its deep phase so the next scan runs alone, and counts the
     * exchange requests of both phases.
     */
    private void scan(
            ServiceProcess service,
            ScanRuns.EventLog events,
            List<MarketSymbol> symbols,
            String which,
            Map<String, Object> run)
            throws Exception {
        String body = JSON.writeValueAsString(
                Map.of("symbols", symbols.stream().map(MarketSymbol::toString).toList(), "timeframe", "1h"));
        long requestsBefore = simulator.stats().total();
        long cpuBefore = service.cpuMillis();
        long start = System.nanoTime();
        HttpResponse<String> r = service.post("/api/scanner/quick-scan", body, Duration.ofMinutes(2));
        double wallMs = (System.nanoTime() - start) / 1e6;
        long cpu = service.cpuMillis() - cpuBefore;
        if (r.statusCode() != 200) {
            throw new IllegalStateException(which + " scan answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode answer = JSON.readTree(r.body());
        if (answer.path("count").asInt() != symbols.size()) {
            throw new IllegalStateException(which + " scan returned " + answer.path("count") + " signals");
        }
        String scanId = answer.path("scanId").asText();
        if (!events.completion(scanId).await(options.deepTimeout.toSeconds(), TimeUnit.SECONDS)) {
            throw new IllegalStateException(which + " scan: no deepAnalysisComplete");
        }
        long requests = simulator.stats().total() - requestsBefore; // both phases: the same for both universes
        run.put(which + "ScanMs", Stats.round(wallMs));
        run.put(which + "ServiceCpuMs", cpu);
        run.put(which + "Requests", requests);
    }

    private static Map<String, Object> summarise(Setup setup, int n, List<Map<String, Object>> reps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jvm", setup.label());
        m.put("aotCache", setup.aotCache() == null ? null : setup.aotCache().toString());
        m.put("n", n);
        m.put("floorMs", reps.get(0).get("floorMs"));
        for (String key : List.of(
                "readyMs",
                "serviceCpuToReadyMs",
                "coldScanMs",
                "coldRatio",
                "coldServiceCpuMs",
                "coldRequests",
                "warmScanMs",
                "warmRatio",
                "warmServiceCpuMs",
                "warmRequests")) {
            m.put(
                    key,
                    Stats.summary(reps.stream()
                            .map(r -> ((Number) r.get(key)).doubleValue())
                            .toList()));
        }
        List<String> loads =
                reps.stream().map(r -> (String) r.get("loadAverage1mBefore")).toList();
        m.put("loadAverage1m", String.join(", ", loads));
        m.put("runs", reps);
        return m;
    }
}

package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs every benchmark and writes {@code latest.md} and {@code latest.json}: the loopback exchange,
 * the end-to-end quick scan and deep phase per universe size, the SSE fan-out and the JMH micro-benchmarks.
 * Started by {@code bench/run.sh}; see {@link BenchOptions#USAGE}.
 */
public final class BenchMain {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        if (!Files.exists(options.jar)) {
            throw new IllegalStateException(options.jar + " not found: build it with ./mvnw -Pbench package");
        }
        Files.createDirectories(options.out);
        Path work = Path.of("target/bench");
        Path logs = work.resolve("logs");
        Files.createDirectories(logs);

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", Instant.now().toString());
        results.put("machine", Machine.describe());
        results.put("options", options.describe());
        log("machine: " + results.get("machine"));

        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        try (ExchangeSimulator simulator = ExchangeSimulator.forBench(vertx, options)) {
            simulator.start(0);
            log("exchange simulator on " + simulator.baseUrl() + " with " + options.marketSize() + " symbols, L="
                    + options.latencyMs + "+-" + options.jitterMs + " ms");
            ScanRuns runs = new ScanRuns(options, vertx, simulator, logs);

            List<Map<String, Object>> endToEnd = new ArrayList<>();
            for (int n : options.sizes) {
                List<Map<String, Object>> reps = new ArrayList<>();
                for (int rep = 1; rep <= options.reps; rep++) {
                    Map<String, Object> run = runs.endToEnd(n, rep);
                    log(String.format(
                            Locale.ROOT,
                            "N=%d rep %d: quick %.0f ms (floor %.0f, ratio %.2f), deep done"
                                    + " %.0f ms after it, %s requests, peak weight %s, 429s %s, peak RSS %.0f MB, service CPU %s+%s ms,"
                                    + " load %s",
                            n,
                            rep,
                            run.get("quickScanMs"),
                            run.get("floorMs"),
                            run.get("ratio"),
                            run.get("deepAfterQuickMs"),
                            run.get("upstreamRequests"),
                            run.get("peakWeight"),
                            run.get("rateLimited429"),
                            run.get("peakRssMb"),
                            run.get("serviceCpuQuickMs"),
                            run.get("serviceCpuDeepMs"),
                            run.get("loadAverage1mBefore")));
                    reps.add(run);
                }
                endToEnd.add(summarise(n, reps));
            }
            results.put("endToEnd", endToEnd);
            results.put("coldStarts", new ColdStarts(options, vertx, simulator, runs, logs).run());

            if (options.sseClients > 0) {
                log("SSE fan-out: " + options.sseClients + " clients, scan of " + options.sseSymbols + " symbols");
                Map<String, Object> fan =
                        new FanOutRun(options, runs, simulator, logs).run(options.sseSymbols, options.sseClients);
                log("SSE fan-out: " + fan);
                results.put("sseFanOut", fan);
            }
            if (options.replicaClients > 0) {
                results.put("replicas", new ReplicasRun(options, vertx, simulator, runs, logs).run());
            }
            if (!options.exchanges.isEmpty()) {
                results.put("exchanges", new ExchangeRuns(options, vertx, runs, logs).run());
            }
            if (options.live) {
                results.put("live", new LiveRun(options, vertx, simulator, runs, logs).run());
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }

        if (options.live) {
            LiveReport.write(results, options);
        }
        if (options.liveOnly) {
            System.exit(0);
        }
        if (!"off".equals(options.jmh)) {
            results.put("jmh", Jmh.run(options.jmh, work.resolve("jmh.json")));
        }
        results.put("machineLoadAtEnd", Machine.load());
        results.put("finishedAt", Instant.now().toString());
        results.put("targets", Targets.evaluate(results, options));

        Files.writeString(options.out.resolve("latest.json"), JSON.writeValueAsString(results));
        String md = Report.markdown(results, options);
        Files.writeString(options.out.resolve("latest.md"), md);
        System.out.println(md);
        log("wrote " + options.out.resolve("latest.md") + " and latest.json");
        if (options.smoke) {
            BenchSmoke.check(results);
        }
        System.exit(0);
    }

    private static Map<String, Object> summarise(int n, List<Map<String, Object>> reps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("concurrency", reps.get(0).get("concurrency"));
        m.put("floorMs", reps.get(0).get("floorMs"));
        for (String key : List.of(
                "quickScanMs",
                "serverDurationMs",
                "ratio",
                "deepCompleteMs",
                "deepAfterQuickMs",
                "serviceCpuQuickMs",
                "serviceCpuDeepMs",
                "upstreamRequests",
                "peakWeight",
                "rateLimited429",
                "peakInFlight",
                "quickFailed",
                "deepFailed",
                "peakRssMb",
                "vmHwmMb")) {
            m.put(
                    key,
                    Stats.summary(reps.stream()
                            .map(r -> ((Number) r.get(key)).doubleValue())
                            .toList()));
        }
        m.put(
                "loadAverage1m",
                String.join(
                        ", ",
                        reps.stream()
                                .map(r -> (String) r.get("loadAverage1mBefore"))
                                .toList()));
        m.put("runs", reps);
        return m;
    }

    static void log(String message) {
        System.out.println("[bench " + Instant.now() + "] " + message);
    }

    /** The machine the numbers were measured on. */
    static final class Machine {

        static Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("nproc", Runtime.getRuntime().availableProcessors());
            m.put("memTotal", procField("/proc/meminfo", "MemTotal"));
            m.put("cpuModel", procField("/proc/cpuinfo", "model name"));
            m.put(
                    "os",
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"));
            m.put("javaVersion", javaVersion());
            m.put("gitCommit", command("git", "rev-parse", "--short", "HEAD"));
            m.put("loadAtStart", load());
            return m;
        }

        static Map<String, Object> load() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("loadavg", read("/proc/loadavg"));
            m.put("uptime", command("uptime"));
            return m;
        }

        private static String javaVersion() {
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            return command(java, "-version").replace('\n', ' ').trim();
        }

        private static String procField(String file, String field) {
            for (String line : read(file).split("\n")) {
                if (line.startsWith(field)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
            return "unknown";
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file)).trim();
            } catch (IOException e) {
                return "unknown";
            }
        }

        static String command(String... command) {
            try {
                Process p =
                        new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                p.waitFor(10, TimeUnit.SECONDS);
                return out;
            } catch (IOException | InterruptedException e) {
                return "unknown";
            }
        }
    }

    /** The JMH micro-benchmarks, in a child JVM with this classpath. */
    static final class Jmh {

        static List<Map<String, Object>> run(String mode, Path resultFile) throws Exception {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.openjdk.jmh.Main",
                    "io.fastscanner.bench.jmh",
                    "-rf",
                    "json",
                    "-rff",
                    resultFile.toString()));
            switch (mode) {
                case "smoke" -> command.addAll(List.of("-f", "0", "-bm", "ss", "-wi", "0", "-i", "1"));
                case "quick" -> command.addAll(List.of("-f", "1", "-wi", "2", "-i", "3"));
                default -> {} // the benchmarks' own annotations
            }
            log("JMH: " + String.join(" ", command.subList(3, command.size())));
            Process p = new ProcessBuilder(command).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("JMH failed with exit code " + p.exitValue());
            }
            List<Map<String, Object>> out = new ArrayList<>();
            for (JsonNode b : JSON.readTree(resultFile.toFile())) {
                Map<String, Object> m = new LinkedHashMap<>();
                String name = b.path("benchmark").asText();
                m.put("benchmark", name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1));
                m.put("mode", b.path("mode").asText());
                JsonNode metric = b.path("primaryMetric");
                m.put("score", Stats.round(metric.path("score").asDouble()));
                m.put(
                        "error",
                        metric.path("scoreError").isNumber()
                                ? Stats.round(metric.path("scoreError").asDouble())
                                : null);
                m.put("unit", metric.path("scoreUnit").asText());
                m.put("forks", b.path("forks").asInt());
                m.put("iterations", b.path("measurementIterations").asInt());
                out.add(m);
            }
            return out;
        }
    }
}

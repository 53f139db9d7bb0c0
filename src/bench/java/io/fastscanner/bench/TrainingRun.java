package io.fastscanner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.MarketSymbol;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Makes an AOT cache of the service (JDK 25+, {@code -XX:AOTCacheOutput}) with a training run against the exchange
 * simulator: the service as the benchmarks start it, a scan of the default universe and one of explicit symbols,
 * each with its deep phase and an event-stream listener, then a normal stop, at which the JVM writes the cache.
 * Started by {@code bench/training-run.sh}: {@code --aot-cache FILE} is where the cache goes; every other option
 * is one of {@code bench/run.sh}'s ({@code --java}, {@code --jar}, {@code --xmx}, {@code --jvm-opt}, {@code -D}).
 */
public final class TrainingRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SYMBOLS = 100;

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path cache = options.aotCache != null ? options.aotCache : Path.of("target/bench/app.aot");
        options.sizes = List.of(SYMBOLS);
        options.sseClients = 0;
        options.coldSizes = List.of();
        String version = ColdStarts.javaVersion(options.javaHome());
        if (!version.matches("JDK (2[5-9]|[3-9]\\d).*")) {
            throw new IllegalStateException(version + " in " + options.javaHome()
                    + " cannot write an AOT cache at exit (-XX:AOTCacheOutput needs JDK 25+): give --java");
        }
        cache = cache.toAbsolutePath();
        Files.createDirectories(cache.getParent());
        Files.deleteIfExists(cache);
        Path logs = Path.of("target/bench/logs");
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        try (ExchangeSimulator simulator = ExchangeSimulator.forBench(vertx, options)) {
            simulator.start(0);
            ScanRuns runs = new ScanRuns(options, vertx, simulator, logs);
            List<String> jvm = new ArrayList<>(runs.jvmOptions());
            jvm.add("-XX:AOTCacheOutput=" + cache);
            BenchMain.log("training run on " + version + ": " + jvm);
            ServiceProcess service = ServiceProcess.start(
                    options.javaHome(),
                    options.jar,
                    jvm,
                    runs.serviceProperties(SYMBOLS),
                    logs.resolve("service-training.log"),
                    Duration.ofMinutes(2));
            try (SseClients sse = new SseClients(vertx, "127.0.0.1", service.port(), 1)) {
                ScanRuns.EventLog events = new ScanRuns.EventLog(1);
                sse.open(0, events).get(30, TimeUnit.SECONDS);
                scan(service, events, "{\"timeframe\":\"1h\"}");
                List<MarketSymbol> others = simulator.symbolsByVolume().subList(SYMBOLS, 2 * SYMBOLS);
                scan(
                        service,
                        events,
                        JSON.writeValueAsString(Map.of(
                                "symbols",
                                others.stream().map(MarketSymbol::toString).toList(),
                                "timeframe",
                                "4h")));
            } finally {
                service.stop(Duration.ofMinutes(5)); // the JVM writes the cache as it exits
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (!Files.exists(cache) || Files.size(cache) == 0) {
            throw new IllegalStateException(
                    "no AOT cache written to " + cache + "; see target/bench/logs/" + "service-training.log");
        }
        BenchMain.log("AOT cache " + cache + " (" + Files.size(cache) / (1024 * 1024) + " MB)");
        System.exit(0);
    }

    private static void scan(ServiceProcess service, ScanRuns.EventLog events, String body) throws Exception {
        HttpResponse<String> r = service.post("/api/scanner/quick-scan", body, Duration.ofMinutes(2));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("training scan answered " + r.statusCode() + ": " + r.body());
        }
        String scanId = JSON.readTree(r.body()).path("scanId").asText();
        if (!events.completion(scanId).await(3, TimeUnit.MINUTES)) {
            throw new IllegalStateException("training scan " + scanId + ": no deepAnalysisComplete");
        }
    }
}

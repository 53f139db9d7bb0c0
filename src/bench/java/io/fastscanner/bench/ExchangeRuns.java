package io.fastscanner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.SpotApi;
import io.fastscanner.marketdata.exchanges.SpotApis;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The quick scan on each of the other exchanges: for each, its simulator ({@link SpotSimulator}) and, per repetition,
 * a fresh service with {@code scanner.source=<id>} pointed at it, a warm-up scan of the least traded symbols with its
 * deep phase, then the measured quick scan of the default universe (the N most traded) just after the longest window
 * of the exchange's request budget begins, held against that exchange's floor ({@link ExchangeFloor}). The deep phase
 * of the measured scan is not waited for.
 */
final class ExchangeRuns {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seconds of the exchange's candle budget the warm-up may use (it has a deep phase too). */
    private static final double WARMUP_BUDGET_SECONDS = 20;
    /** Symbols between the measured universe and the warm-up's, so no ranking difference mixes them. */
    private static final int GAP = 40;

    private static final String IDLE_TIMEOUT = "quarkus.http.idle-timeout";

    private final BenchOptions options;
    private final Vertx vertx;
    private final ScanRuns runs;
    private final Path logs;

    ExchangeRuns(BenchOptions options, Vertx vertx, ScanRuns runs, Path logs) {
        this.options = options;
        this.vertx = vertx;
        this.runs = runs;
        this.logs = logs;
    }

    List<Map<String, Object>> run() throws Exception {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Exchange exchange : options.exchanges) {
            Optional<SpotApi> api = SpotApis.of(exchange);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("exchange", exchange.id());
            if (api.isEmpty()) {
                result.put("skipped", "no adapter for " + exchange.id() + " in this build (SpotApis)");
                BenchMain.log(exchange.id() + ": skipped, no adapter in this build");
            } else {
                try {
                    result.putAll(exchange(exchange, api.get()));
                } catch (Exception e) { // one exchange's failure is its result; the others still run
                    result.put("error", e.toString());
                    BenchMain.log(exchange.id() + ": failed: " + e);
                }
            }
            all.add(result);
        }
        return all;
    }

    private Map<String, Object> exchange(Exchange exchange, SpotApi api) throws Exception {
        int n = options.exchangeSize;
        int marketSize = n + GAP + Math.max(1, options.warmupSymbols);
        try (SpotSimulator simulator = new SpotSimulator(
                exchange,
                vertx,
                marketSize,
                api.defaultQuote(),
                Duration.ofMillis(options.latencyMs),
                Duration.ofMillis(options.jitterMs))) {
            simulator.start(0);
            String sample = simulator.exchangeName(simulator.symbolsByVolume().get(0));
            int warmup = warmupSymbols(api, sample);
            BenchMain.log(exchange.id() + " simulator on " + simulator.baseUrl() + ", " + marketSize
                    + " symbols quoted in " + api.defaultQuote() + "; warm-up " + warmup + " symbols");
            List<Map<String, Object>> reps = new ArrayList<>();
            for (int rep = 1; rep <= options.exchangeReps; rep++) {
                Map<String, Object> run = repetition(exchange, api, simulator, sample, n, warmup, rep);
                BenchMain.log(String.format(
                        java.util.Locale.ROOT,
                        "%s N=%d rep %d: quick %.0f ms, floor %.0f ms (%s), ratio %.2f, %s candle requests (planned"
                                + " %s), rate-limited %s, failed %s, load %s",
                        exchange.id(),
                        n,
                        rep,
                        run.get("quickScanMs"),
                        run.get("floorMs"),
                        run.get("floorBasis"),
                        run.get("ratio"),
                        run.get("candleRequests"),
                        run.get("plannedRequests"),
                        run.get("rateLimited"),
                        run.get("quickFailed"),
                        run.get("loadAverage1mBefore")));
                reps.add(run);
            }
            Map<String, Object> summary = ExchangesReport.summarise(n, warmup, api, reps);
            idleTimeout(api, sample, n).ifPresent(t -> summary.put("httpIdleTimeout", t));
            return summary;
        }
    }

    /**
     * The warm-up: as many of the least traded symbols as about 20 s of the candle budget allow, at least 3 (a smoke
     * run: 1).
     */
    private int warmupSymbols(SpotApi api, String sample) {
        if (options.smoke) {
            return 1;
        }
        int pages = ExchangeFloor.of(api, sample, 1, 1, 1, 1, System.currentTimeMillis())
                .pagesPerSymbol();
        int deepPages = 3 * (int) Math.ceil(500.0 / Math.min(api.maxRowsPerRequest(), api.reachableRows()));
        double affordable =
                ExchangeFloor.candleRequestsPerSecond(api, sample) * WARMUP_BUDGET_SECONDS / (pages + deepPages);
        return (int) Math.max(Math.min(3, options.warmupSymbols), Math.min(options.warmupSymbols, affordable));
    }

    private Map<String, Object> repetition(
            Exchange exchange, SpotApi api, SpotSimulator simulator, String sample, int n, int warmup, int rep)
            throws Exception {
        simulator.reset();
        Map<String, String> properties = runs.serviceProperties(n);
        properties.remove("quarkus.rest-client.binance.url");
        properties.put("scanner.source", exchange.id());
        properties.put("quarkus.rest-client." + exchange.id() + ".url", simulator.baseUrl());
        idleTimeout(api, sample, n).ifPresent(t -> properties.putIfAbsent(IDLE_TIMEOUT, t));
        Path log = logs.resolve(exchange.id() + "-n" + n + "-rep" + rep + ".log");
        try (ServiceProcess service = ServiceProcess.start(
                        options.javaHome(), options.jar, runs.jvmOptions(), properties, log, Duration.ofMinutes(2));
                SseClients sse = new SseClients(vertx, "127.0.0.1", service.port(), 1)) {
            ScanRuns.EventLog events = new ScanRuns.EventLog(1);
            sse.open(0, events).get(30, TimeUnit.SECONDS);
            warmUp(service, events, simulator, warmup);
            simulator.reset();
            List<MarketSymbol> byVolume = simulator.symbolsByVolume();
            List<MarketSymbol> universe = byVolume.subList(0, Math.min(byVolume.size(), n + 20));
            simulator.prepareCandles(universe, Timeframe.H1, ExchangeFloor.QUICK_SCAN_1H_CANDLES + 5);
            if (!options.smoke) {
                long window = ExchangeFloor.longestWindowMs(api);
                Thread.sleep(window - System.currentTimeMillis() % window + 50);
            }
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("rep", rep);
            run.put("warmupSymbols", warmup);
            run.putAll(ExchangeScan.measure(
                    service,
                    api,
                    simulator,
                    universe,
                    startMs -> ExchangeFloor.of(
                            api, sample, n, runs.concurrency(), pageConcurrency(), options.latencyMs, startMs)));
            return run;
        }
    }

    private void warmUp(ServiceProcess service, ScanRuns.EventLog events, SpotSimulator simulator, int warmup)
            throws Exception {
        List<MarketSymbol> byVolume = simulator.symbolsByVolume();
        List<String> symbols = byVolume.subList(byVolume.size() - warmup, byVolume.size()).stream()
                .map(MarketSymbol::toString)
                .toList();
        String body = JSON.writeValueAsString(Map.of("symbols", symbols, "timeframe", "1h"));
        HttpResponse<String> r = service.post("/api/scanner/quick-scan", body, Duration.ofMinutes(5));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("warm-up scan answered " + r.statusCode() + ": " + r.body());
        }
        String scanId = JSON.readTree(r.body()).path("scanId").asText();
        if (!events.completion(scanId).await(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("warm-up deep analysis did not complete");
        }
    }

    /**
     * A scan whose floor is close to {@code quarkus.http.idle-timeout} (60 s) would lose its HTTP connection before
     * its answer (docs/exchanges.md: "raise the idle timeout"): twice the floor and a minute, for such exchanges only.
     */
    private Optional<String> idleTimeout(SpotApi api, String sample, int n) {
        double floorMs = ExchangeFloor.of(api, sample, n, runs.concurrency(), pageConcurrency(), options.latencyMs, 0)
                .floorMs();
        return floorMs < 45_000 ? Optional.empty() : Optional.of((long) Math.ceil(2 * floorMs / 1000 + 60) + "s");
    }

    /** {@code scanner.exchanges.page-concurrency} of the service: candle pages of one series in flight. */
    private int pageConcurrency() {
        return Integer.parseInt(options.serviceProperties.getOrDefault("scanner.exchanges.page-concurrency", "4"));
    }
}

package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.SpotApi;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * One measured quick scan on another exchange: the default universe's quick scan timed from the request to the
 * answer, with what the simulator saw meanwhile, against the floor for the moment it started.
 */
final class ExchangeScan {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExchangeScan() {}

    /**
     * The simulator was reset and its answers for {@code universe} (the N most traded and a few more) prepared just
     * before, and nothing asked it anything since.
     *
     * @param floorAt the floor of a scan started at a given epoch ms
     */
    static Map<String, Object> measure(
            ServiceProcess service,
            SpotApi api,
            SpotSimulator simulator,
            List<MarketSymbol> universe,
            LongFunction<ExchangeFloor> floorAt)
            throws Exception {
        String loadBefore = ScanRuns.loadAverage1m();
        long cpuStart = service.cpuMillis();
        long startMs = System.currentTimeMillis();
        long start = System.nanoTime();
        HttpResponse<String> r =
                service.post("/api/scanner/quick-scan", "{\"timeframe\":\"1h\"}", Duration.ofMinutes(15));
        double wallMs = (System.nanoTime() - start) / 1e6;
        LoopbackServer.Stats upstream = simulator.stats();
        long cpuQuick = service.cpuMillis();
        if (r.statusCode() != 200) {
            throw new IllegalStateException("quick scan answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode answer = JSON.readTree(r.body());
        Map<String, Integer> failures = new TreeMap<>();
        Set<String> expected = new HashSet<>();
        universe.forEach(s -> expected.add(s.toString()));
        int outside = 0;
        for (JsonNode s : answer.path("signals")) {
            if ("failed".equals(s.path("status").asText())) {
                failures.merge(s.path("reason").asText("unknown"), 1, Integer::sum);
            }
            if (!expected.contains(s.path("symbol").asText())) {
                outside++;
            }
        }
        ExchangeFloor floor = floorAt.apply(startMs);
        String interval = " " + api.interval(ExchangeFloor.fetched(api)).orElseThrow();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("symbols", answer.path("count").asInt());
        run.put("quickScanMs", Stats.round(wallMs));
        run.put("serverDurationMs", answer.path("durationMs").asDouble());
        run.put("floorMs", Stats.round(floor.floorMs()));
        run.put("floorBasis", floor.basis());
        run.put("ratio", Stats.round(wallMs / floor.floorMs()));
        run.put("startedIntoWindowMs", startMs % ExchangeFloor.longestWindowMs(api));
        run.put("pagesPerSymbol", floor.pagesPerSymbol());
        run.put("plannedRequests", floor.plannedRequests());
        run.put(
                "candleRequests",
                upstream.requests().entrySet().stream()
                        .filter(e -> e.getKey().endsWith(interval))
                        .mapToLong(Map.Entry::getValue)
                        .sum());
        run.put("upstreamRequests", upstream.total());
        run.put("requestsByEndpoint", upstream.requests());
        run.put("rateLimited", upstream.rateLimited());
        run.put("rateLimitedByEndpoint", upstream.rateLimitedByEndpoint());
        run.put("peakUse", upstream.peakUse());
        run.put("peakInFlight", upstream.peakInFlight());
        run.put(
                "quickFailed",
                failures.values().stream().mapToInt(Integer::intValue).sum());
        run.put("failureReasons", failures);
        run.put("outsideUniverse", outside);
        run.put("serviceCpuQuickMs", cpuQuick - cpuStart);
        run.put("loadAverage1mBefore", loadBefore);
        run.put("loadAverage1mAfter", ScanRuns.loadAverage1m());
        return run;
    }
}

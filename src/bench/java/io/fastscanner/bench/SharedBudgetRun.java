package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * One weight budget across replicas: a universe split into one scan per replica, the scans asked for at the same
 * moment. The simulator counts the weight of each UTC minute as Binance does; the replicas together must stay within
 * the budget one service is configured with (not one budget each) and never be answered 429.
 */
final class SharedBudgetRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code scanner.binance.weight-budget}'s default. */
    static final int DEFAULT_BUDGET = 4800;

    private final BenchOptions options;
    private final Vertx vertx;
    private final ExchangeSimulator simulator;

    SharedBudgetRun(BenchOptions options, Vertx vertx, ExchangeSimulator simulator) {
        this.options = options;
        this.vertx = vertx;
        this.simulator = simulator;
    }

    /** The budget the services run with: the default unless {@code -Dscanner.binance.weight-budget} says otherwise. */
    int budget() {
        String configured = options.serviceProperties.get("scanner.binance.weight-budget");
        return configured == null ? DEFAULT_BUDGET : Integer.parseInt(configured);
    }

    /** Scans {@code symbols} split round-robin over the replicas, one scan each, all asked for at once. */
    Map<String, Object> run(ReplicaSet replicas, List<String> symbols) throws Exception {
        List<List<String>> parts = new ArrayList<>();
        for (int r = 0; r < replicas.size(); r++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < symbols.size(); i++) {
            parts.get(i % replicas.size()).add(symbols.get(i));
        }
        // one client on the first replica sees every replica's scan: the event log is shared
        try (SseClients sse = new SseClients(vertx, "127.0.0.1", replicas.get(0).port(), 1)) {
            ScanRuns.EventLog events = new ScanRuns.EventLog(1);
            sse.open(0, events).get(30, TimeUnit.SECONDS);
            if (!options.smoke) {
                ScanRuns.awaitNextWeightMinute();
            }
            simulator.reset();
            long start = System.nanoTime();
            List<CompletableFuture<JsonNode>> asked = new ArrayList<>();
            for (int r = 0; r < replicas.size(); r++) {
                ServiceProcess replica = replicas.get(r);
                String body = JSON.writeValueAsString(Map.of("symbols", parts.get(r), "timeframe", "1h"));
                asked.add(CompletableFuture.supplyAsync(() -> scan(replica, body)));
            }
            List<Map<String, Object>> scans = new ArrayList<>();
            boolean allComplete = true;
            int deepFailed = 0;
            for (CompletableFuture<JsonNode> a : asked) {
                JsonNode answer = a.join();
                String scanId = answer.path("scanId").asText();
                boolean complete = events.completion(scanId).await(options.deepTimeout.toSeconds(), TimeUnit.SECONDS);
                allComplete &= complete;
                int failed = complete ? failedOf(events, scanId) : -1;
                deepFailed += Math.max(0, failed);
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("scanId", scanId);
                s.put("symbols", answer.path("count").asInt());
                s.put("quickFailed", quickFailed(answer));
                s.put("serverDurationMs", answer.path("durationMs").asDouble());
                s.put("deepComplete", complete);
                s.put("deepFailed", failed);
                scans.add(s);
            }
            double allDoneMs = (System.nanoTime() - start) / 1e6;
            ExchangeSimulator.Stats upstream = simulator.stats();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("replicas", replicas.size());
            m.put("symbols", symbols.size());
            m.put("budget", budget());
            m.put("exchangeLimit", ExchangeSimulator.WEIGHT_LIMIT);
            m.put("peakWeightPerMinute", upstream.peakWeight());
            m.put("rateLimited429", upstream.rateLimited());
            m.put("upstreamRequests", upstream.total());
            m.put("requestsByEndpoint", upstream.requests());
            m.put("allComplete", allComplete);
            m.put("deepFailed", deepFailed);
            m.put("allDoneMs", Stats.round(allDoneMs));
            m.put("scans", scans);
            return m;
        }
    }

    private static JsonNode scan(ServiceProcess replica, String body) {
        try {
            HttpResponse<String> r = replica.post("/api/scanner/quick-scan", body, Duration.ofMinutes(5));
            if (r.statusCode() != 200) {
                throw new IllegalStateException("quick scan answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private static int quickFailed(JsonNode answer) {
        int failed = 0;
        for (JsonNode s : answer.path("signals")) {
            if ("failed".equals(s.path("status").asText())) {
                failed++;
            }
        }
        return failed;
    }

    /** {@code failed} of the scan's deepAnalysisComplete event, -1 when it cannot be read. */
    private static int failedOf(ScanRuns.EventLog events, String scanId) {
        for (ScanRuns.Seen seen : events.byScan.getOrDefault(scanId, List.of())) {
            if ("deepAnalysisComplete".equals(seen.name()) && seen.dataStart() != null) {
                try {
                    return JSON.readTree(seen.dataStart()).path("failed").asInt(-1);
                } catch (Exception e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}

package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The replicas part: {@value #REPLICAS} replicas of the packaged jar on the shared Redis, one simulator. SSE fan-out
 * across the replicas during a scan on one of them, then one budget for a universe split over all three; and pairs of
 * end-to-end runs, memory store then Redis store, to compare the quick scan's wall / floor ratio under the same load.
 */
final class ReplicasRun {

    static final int REPLICAS = 3;

    private final BenchOptions options;
    private final Vertx vertx;
    private final ExchangeSimulator simulator;
    private final ScanRuns runs;
    private final Path logs;

    ReplicasRun(BenchOptions options, Vertx vertx, ExchangeSimulator simulator, ScanRuns runs, Path logs) {
        this.options = options;
        this.vertx = vertx;
        this.simulator = simulator;
        this.runs = runs;
        this.logs = logs;
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> m = new LinkedHashMap<>();
        int n = options.replicaSymbols;
        try (RedisServer redis = new RedisServer(vertx)) {
            Map<String, String> properties = runs.serviceProperties(n);
            properties.put("quarkus.shutdown.delay", "0s");
            try (ReplicaSet replicas =
                    ReplicaSet.start(REPLICAS, runs, properties, options.jar, logs, "fanout", redis)) {
                BenchMain.log("replicas: " + options.replicaClients + " SSE clients over " + REPLICAS
                        + " replicas, scan of " + n + " symbols (Redis prefix " + replicas.prefix() + ")");
                Map<String, Object> fanOut =
                        new ReplicaFanOut(options, runs, redis).run(replicas, n, options.replicaClients);
                BenchMain.log("replicas fan-out: " + fanOut);
                m.put("fanOut", fanOut);
            }
            if (options.budgetSymbols > 0) {
                m.put("sharedBudget", sharedBudget(properties, redis));
            }
            m.put("storePairs", storePairs(n, redis));
        }
        return m;
    }

    /** On fresh replicas: nothing cached, every symbol of the universe costs its whole weight. */
    private Map<String, Object> sharedBudget(Map<String, String> properties, RedisServer redis) throws Exception {
        try (ReplicaSet replicas = ReplicaSet.start(REPLICAS, runs, properties, options.jar, logs, "budget", redis)) {
            BenchMain.log("replicas: one budget, " + options.budgetSymbols + " symbols over " + REPLICAS
                    + " replicas (Redis prefix " + replicas.prefix() + ")");
            Map<String, Object> budget = new SharedBudgetRun(options, vertx, simulator).run(replicas, budgetUniverse());
            BenchMain.log("replicas budget: " + budget);
            return budget;
        }
    }

    /** The most traded symbols, none of the warm-up's. */
    private List<String> budgetUniverse() {
        List<MarketSymbol> byVolume = simulator.symbolsByVolume();
        int to = Math.min(byVolume.size() - Math.max(0, options.warmupSymbols), options.budgetSymbols);
        return byVolume.subList(0, Math.max(0, to)).stream()
                .map(MarketSymbol::toString)
                .toList();
    }

    /**
     * End-to-end runs of one service at N = {@code n}, memory store then Redis store, {@code replicaReps} times: the
     * pairs run back to back, so they see about the same machine load.
     */
    private List<Map<String, Object>> storePairs(int n, RedisServer redis) throws Exception {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (int rep = 1; rep <= options.replicaReps; rep++) {
            Map<String, Object> memory = runs.endToEnd(n, rep, Map.of(), "store-memory-n" + n + "-rep" + rep);
            String prefix = ReplicaSet.freshPrefix();
            Map<String, Object> onRedis;
            try {
                onRedis = runs.endToEnd(n, rep, ReplicaSet.redisProperties(prefix), "store-redis-n" + n + "-rep" + rep);
            } finally {
                redis.deleteKeys(prefix);
            }
            BenchMain.log(String.format(
                    Locale.ROOT,
                    "N=%d pair %d: quick scan memory %.0f ms (ratio %.2f), redis %.0f ms (ratio %.2f), load %s / %s",
                    n,
                    rep,
                    memory.get("quickScanMs"),
                    memory.get("ratio"),
                    onRedis.get("quickScanMs"),
                    onRedis.get("ratio"),
                    memory.get("loadAverage1mBefore"),
                    onRedis.get("loadAverage1mBefore")));
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("rep", rep);
            pair.put("memory", memory);
            pair.put("redis", onRedis);
            pairs.add(pair);
        }
        return pairs;
    }
}

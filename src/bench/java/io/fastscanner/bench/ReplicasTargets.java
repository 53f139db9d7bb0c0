package io.fastscanner.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The replicas part's targets (bench/README.md), and what a smoke run requires of it. */
final class ReplicasTargets {

    private ReplicasTargets() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> targets(Map<String, Object> results, BenchOptions options) {
        List<Map<String, Object>> targets = new ArrayList<>();
        Map<String, Object> r = (Map<String, Object>) results.get("replicas");
        if (r == null) {
            return targets;
        }
        Map<String, Object> fan = (Map<String, Object>) r.get("fanOut");
        int clients = ((Number) fan.get("clients")).intValue();
        double p99 = ((Number) fan.get("delayMsP99")).doubleValue();
        add(
                targets,
                "replicas: " + clients + " SSE clients over " + fan.get("replicas") + " replicas, p99 delay < 150 ms",
                String.format(Locale.ROOT, "%.1f ms", p99),
                p99 < 150,
                clients >= 1000);
        add(
                targets,
                "replicas: zero lost events, every client got exactly the events the scan appended to the stream",
                fan.get("clientsIdenticalToPublished") + " of " + clients + " clients identical, lost "
                        + fan.get("lostVsPublished") + ", extra " + fan.get("extraVsPublished"),
                everyEvent(fan),
                true);
        List<Double> memory = new ArrayList<>();
        List<Double> redis = new ArrayList<>();
        for (Map<String, Object> p : (List<Map<String, Object>>) r.get("storePairs")) {
            memory.add(((Number) ((Map<String, Object>) p.get("memory")).get("ratio")).doubleValue());
            redis.add(((Number) ((Map<String, Object>) p.get("redis")).get("ratio")).doubleValue());
        }
        if (!redis.isEmpty()) {
            double onRedis =
                    Stats.median(redis.stream().mapToDouble(Double::doubleValue).toArray());
            double inMemory = Stats.median(
                    memory.stream().mapToDouble(Double::doubleValue).toArray());
            add(
                    targets,
                    "quick scan N=" + options.replicaSymbols + ", Redis store: wall / floor <= 1.3 (as in memory)",
                    String.format(Locale.ROOT, "%.2f (memory %.2f)", onRedis, inMemory),
                    onRedis <= 1.3,
                    options.latencyMs == 100 && options.replicaSymbols == 100);
        }
        Map<String, Object> b = (Map<String, Object>) r.get("sharedBudget");
        if (b == null) {
            return targets;
        }
        add(
                targets,
                "one budget: " + b.get("symbols") + " symbols over " + b.get("replicas") + " replicas, peak weight per"
                        + " minute <= " + b.get("budget") + ", no 429, every symbol analysed",
                "peak " + b.get("peakWeightPerMinute") + ", 429s " + b.get("rateLimited429") + ", failed "
                        + b.get("deepFailed"),
                budgetHeld(b),
                true);
        return targets;
    }

    /** What a smoke run requires: every event everywhere, and the budget kept. */
    @SuppressWarnings("unchecked")
    static List<String> smokeProblems(Map<String, Object> results) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> r = (Map<String, Object>) results.get("replicas");
        if (r == null) {
            return problems;
        }
        Map<String, Object> fan = (Map<String, Object>) r.get("fanOut");
        if (!everyEvent(fan)) {
            problems.add("replicas fan-out lost events: " + fan);
        }
        Map<String, Object> b = (Map<String, Object>) r.get("sharedBudget");
        if (b == null || !budgetHeld(b)) {
            problems.add("replicas budget not kept: " + b);
        }
        return problems;
    }

    private static boolean everyEvent(Map<String, Object> fan) {
        return Boolean.TRUE.equals(fan.get("allCompleted"))
                && ((Number) fan.get("lostVsPublished")).longValue() == 0
                && ((Number) fan.get("extraVsPublished")).longValue() == 0
                && fan.get("clientsIdenticalToPublished").equals(fan.get("clients"))
                && fan.get("publishedEvents").equals(fan.get("expectedEventsPerClient"));
    }

    @SuppressWarnings("unchecked")
    private static boolean budgetHeld(Map<String, Object> b) {
        int quickFailed = ((List<Map<String, Object>>) b.get("scans"))
                .stream()
                        .mapToInt(s -> ((Number) s.get("quickFailed")).intValue())
                        .sum();
        return quickFailed == 0
                && ((Number) b.get("peakWeightPerMinute")).intValue() <= ((Number) b.get("budget")).intValue()
                && ((Number) b.get("rateLimited429")).longValue() == 0
                && ((Number) b.get("deepFailed")).intValue() == 0
                && Boolean.TRUE.equals(b.get("allComplete"));
    }

    private static void add(
            List<Map<String, Object>> targets, String target, String measured, boolean holds, boolean comparable) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", target);
        t.put("measured", measured);
        t.put("holds", comparable ? holds : null);
        t.put("status", !comparable ? "n/a (not the target configuration)" : holds ? "holds" : "FAILS");
        targets.add(t);
    }
}

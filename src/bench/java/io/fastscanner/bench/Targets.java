package io.fastscanner.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The service's performance targets (bench/README.md) and the synthetic market's speed, checked against what was
 * measured (medians; RSS: the highest peak).
 */
final class Targets {

    private Targets() {}

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> evaluate(Map<String, Object> results, BenchOptions options) {
        List<Map<String, Object>> targets = new ArrayList<>();
        List<Map<String, Object>> e2e = (List<Map<String, Object>>) results.getOrDefault("endToEnd", List.of());
        boolean fullLatency = options.latencyMs == 100;
        for (Map<String, Object> size : e2e) {
            int n = ((Number) size.get("n")).intValue();
            if (n == 100 || n == 400 || n == 1000) {
                double ratio = median(size, "ratio");
                add(
                        targets,
                        "quick scan N=" + n + ": wall / floor <= 1.3",
                        String.format("%.2f (floor %s ms)", ratio, num(size.get("floorMs"))),
                        ratio <= 1.3,
                        fullLatency);
            }
            if (n == 100) {
                double after = median(size, "deepAfterQuickMs");
                add(
                        targets,
                        "deep analysis of 100 symbols complete <= 5 s after the quick scan",
                        String.format("%.0f ms", after),
                        after <= 5000,
                        fullLatency);
            }
            if (n == 1000) {
                double rss = (double) ((Map<String, Object>) size.get("peakRssMb")).get("max");
                add(
                        targets,
                        "service RSS < 400 MB during the 1000-symbol scan (-Xmx" + options.xmx + " "
                                + String.join(" ", options.serviceJvmOptions) + ")",
                        String.format("%.0f MB (highest peak VmRSS)", rss),
                        rss < 400,
                        true);
            }
        }
        Map<String, Object> sse = (Map<String, Object>) results.get("sseFanOut");
        if (sse != null) {
            double p99 = ((Number) sse.get("delayMsP99")).doubleValue();
            long lost = ((Number) sse.get("lostEvents")).longValue();
            add(
                    targets,
                    "SSE " + sse.get("clients") + " clients: p99 delay < 100 ms",
                    String.format("%.1f ms", p99),
                    p99 < 100,
                    ((Number) sse.get("clients")).intValue() >= 1000);
            add(
                    targets,
                    "SSE: zero lost events",
                    lost + " lost",
                    lost == 0 && Boolean.TRUE.equals(sse.get("allCompleted")),
                    true);
        }
        ColdStartReport.addTargets(targets, results, options);
        List<Map<String, Object>> jmh = (List<Map<String, Object>>) results.get("jmh");
        if (jmh != null) {
            boolean timed = !"smoke".equals(options.jmh);
            for (Map<String, Object> b : jmh) {
                String name = (String) b.get("benchmark");
                double ms = toMs(((Number) b.get("score")).doubleValue(), (String) b.get("unit"));
                if (name.startsWith("QuickSignalBenchmark")) {
                    add(
                            targets,
                            "indicators + signal, one symbol (500 candles) < 1 ms",
                            String.format("%.3f ms", ms),
                            ms < 1,
                            timed);
                } else if (name.startsWith("DeepAnalysisBenchmark")) {
                    add(targets, "deep analysis CPU < 50 ms per symbol", String.format("%.3f ms", ms), ms < 50, timed);
                } else if (name.startsWith("ScorecardBenchmark.bundledYear")) {
                    add(
                            targets,
                            "scorecard of the bundled year (14 symbols x 1h, walked and scored) < 2 s",
                            String.format("%.0f ms", ms),
                            ms < 2000,
                            timed);
                } else if (name.startsWith("SyntheticMarketBenchmark")) {
                    add(
                            targets,
                            "synthetic market: 1000 symbols x 500 1h candles generated < 1 s",
                            String.format("%.0f ms", ms),
                            ms < 1000,
                            timed);
                }
            }
        }
        targets.addAll(ReplicasTargets.targets(results, options));
        ExchangesReport.addTargets(targets, results, options);
        return targets;
    }

    static void add(
            List<Map<String, Object>> targets, String target, String measured, boolean holds, boolean comparable) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("target", target);
        t.put("measured", measured);
        t.put("holds", comparable ? holds : null);
        t.put("status", !comparable ? "n/a (not the target configuration)" : holds ? "holds" : "FAILS");
        targets.add(t);
    }

    @SuppressWarnings("unchecked")
    private static double median(Map<String, Object> size, String key) {
        return ((Number) ((Map<String, Object>) size.get(key)).get("median")).doubleValue();
    }

    private static String num(Object o) {
        return String.format("%.0f", ((Number) o).doubleValue());
    }

    static double toMs(double score, String unit) {
        return switch (unit) {
            case "ns/op" -> score / 1e6;
            case "us/op" -> score / 1e3;
            case "ms/op" -> score;
            case "s/op" -> score * 1e3;
            default -> Double.NaN;
        };
    }
}

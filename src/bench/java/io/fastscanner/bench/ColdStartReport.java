package io.fastscanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The cold-start section of {@code latest.md} and its targets. */
final class ColdStartReport {

    static final double READY_TARGET_MS = 1500;
    static final double FIRST_SCAN_RATIO_TARGET = 1.5;

    private ColdStartReport() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r) {
        List<Map<String, Object>> cold = (List<Map<String, Object>>) r.get("coldStarts");
        if (cold == null || cold.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Cold start: how soon a new replica is useful\n\n");
        md.append("A fresh service per repetition. Ready = from the process start until `/q/health/ready` answers ")
                .append("200 (this includes one exchangeInfo request to the simulator). First scan = the quick scan ")
                .append("of N symbols right after that, in the cold JVM; second scan = N other symbols of the same ")
                .append("size once the first scan's deep phase is done (the same symbols again would be served from ")
                .append("the candle cache). Ratio = wall / floor, floor = ceil(N / c) × L. Requests = what each scan ")
                .append(
                        "asked of the exchange, quick and deep phase: equal, so both scans do the same network work. Medians, ")
                .append("(min–max) after them; load = 1-minute load average before each repetition.\n\n");
        md.append("| JVM | N | ready ms | CPU to ready ms | first scan ms | ratio | second scan ms | ratio |"
                + " requests first / second | service CPU ms first / second | load (1 min) |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Map<String, Object> c : cold) {
            md.append("| ")
                    .append(c.get("jvm"))
                    .append(" | ")
                    .append(c.get("n"))
                    .append(" | ")
                    .append(cell(c, "readyMs", 0))
                    .append(" | ")
                    .append(cell(c, "serviceCpuToReadyMs", 0))
                    .append(" | ")
                    .append(cell(c, "coldScanMs", 0))
                    .append(" | ")
                    .append(cell(c, "coldRatio", 2))
                    .append(" | ")
                    .append(cell(c, "warmScanMs", 0))
                    .append(" | ")
                    .append(cell(c, "warmRatio", 2))
                    .append(" | ")
                    .append(median(c, "coldRequests", 0))
                    .append(" / ")
                    .append(median(c, "warmRequests", 0))
                    .append(" | ")
                    .append(median(c, "coldServiceCpuMs", 0))
                    .append(" / ")
                    .append(median(c, "warmServiceCpuMs", 0))
                    .append(" | ")
                    .append(c.get("loadAverage1m"))
                    .append(" |\n");
        }
        md.append("\n");
        return md.toString();
    }

    /** One target row per JVM setup measured at N = 100: ready, and the first scan against the network floor. */
    @SuppressWarnings("unchecked")
    static void addTargets(List<Map<String, Object>> targets, Map<String, Object> results, BenchOptions options) {
        boolean fullLatency = options.latencyMs == 100;
        for (Map<String, Object> c : (List<Map<String, Object>>) results.getOrDefault("coldStarts", List.of())) {
            if (((Number) c.get("n")).intValue() != 100) {
                continue;
            }
            double ready = value(c, "readyMs");
            double ratio = value(c, "coldRatio");
            Targets.add(
                    targets,
                    "new replica [" + c.get("jvm") + "]: ready <= " + (long) READY_TARGET_MS + " ms after its start",
                    String.format(Locale.ROOT, "%.0f ms", ready),
                    ready <= READY_TARGET_MS,
                    fullLatency);
            Targets.add(
                    targets,
                    "new replica [" + c.get("jvm") + "]: first scan N=100 wall / floor <= " + FIRST_SCAN_RATIO_TARGET,
                    String.format(Locale.ROOT, "%.2f (second scan %.2f)", ratio, value(c, "warmRatio")),
                    ratio <= FIRST_SCAN_RATIO_TARGET,
                    fullLatency);
        }
    }

    /** What the smoke run checks: every cold start got as far as its second scan. */
    @SuppressWarnings("unchecked")
    static List<String> smokeProblems(Map<String, Object> results) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> c : (List<Map<String, Object>>) results.getOrDefault("coldStarts", List.of())) {
            if (Double.isNaN(value(c, "warmScanMs"))) {
                problems.add("cold start N=" + c.get("n") + ": no second scan");
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static double value(Map<String, Object> c, String key) {
        return ((Number) ((Map<String, Object>) c.get(key)).get("median")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static String median(Map<String, Object> c, String key, int decimals) {
        return Report.fmt(((Map<String, Object>) c.get(key)).get("median"), decimals);
    }

    @SuppressWarnings("unchecked")
    private static String cell(Map<String, Object> c, String key, int decimals) {
        Map<String, Object> s = (Map<String, Object>) c.get(key);
        String median = Report.fmt(s.get("median"), decimals);
        String min = Report.fmt(s.get("min"), decimals);
        String max = Report.fmt(s.get("max"), decimals);
        return min.equals(max) ? median : median + " (" + min + "–" + max + ")";
    }
}

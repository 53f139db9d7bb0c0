package io.fastscanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The live part's targets (bench/README.md, Live streams), and what makes a smoke run of it fail. */
final class LiveTargets {

    static final double SCAN_P50_TARGET_MS = 50;
    static final double SIGNAL_P99_TARGET_MS = 200;
    static final double IDLE_CPU_TARGET_PERCENT = 5;
    static final double RSS_TARGET_MB = 400;

    private LiveTargets() {}

    /** What makes the smoke run fail: the live part did not run through, or a scan was not answered from memory. */
    @SuppressWarnings("unchecked")
    static List<String> smokeProblems(Map<String, Object> results) {
        Map<String, Object> live = (Map<String, Object>) results.get("live");
        if (live == null) {
            return List.of();
        }
        if (live.get("error") != null) {
            return List.of("live: " + live.get("error"));
        }
        Map<String, Object> scans = (Map<String, Object>) live.get("scans");
        Map<String, Object> answers = (Map<String, Object>) scans.get("answersByData");
        if (!answers.keySet().equals(Set.of("live"))) {
            return List.of("live: quick scans answered " + answers + ", not all live");
        }
        return List.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> targets(Map<String, Object> live, BenchOptions options) {
        List<Map<String, Object>> t = new ArrayList<>();
        Map<String, Object> scans = (Map<String, Object>) live.get("scans");
        Map<String, Object> streaming = (Map<String, Object>) live.get("streaming");
        boolean full = options.latencyMs == 100 && options.liveSymbols == 400;
        int n = options.liveSymbols;
        if (scans != null) {
            double p50 = num(scans, "wallMsP50");
            Targets.add(
                    t,
                    "quick scan of the " + n + "-symbol universe on 1h from memory: p50 < 50 ms",
                    fmt(
                            "%.1f ms (p95 %.1f, %s answers by data %s)",
                            p50, num(scans, "wallMsP95"), scans.get("scans"), scans.get("answersByData")),
                    p50 < SCAN_P50_TARGET_MS,
                    full);
            long requests = ((Number) scans.get("requestsDuringScansTotal")).longValue();
            Targets.add(
                    t,
                    "those quick scans send no request to the exchange",
                    requests + " during the scans " + scans.get("requestsDuringScans") + "; between them "
                            + scans.get("requestsBetweenScans"),
                    requests == 0,
                    true);
        }
        if (streaming != null) {
            Map<String, Object> signals = (Map<String, Object>) streaming.get("signals1m");
            double p99 = num(signals, "delayMsP99");
            Targets.add(
                    t,
                    "candle close -> signalUpdated, " + n
                            + " symbols closing at once on 1m: p99 < 200 ms, none missing",
                    fmt(
                            "%.1f ms (p50 %.1f, %s events over %s boundaries, %s missing)",
                            p99,
                            num(signals, "delayMsP50"),
                            signals.get("events"),
                            ((List<?>) signals.get("boundaries")).size(),
                            signals.get("missing")),
                    p99 < SIGNAL_P99_TARGET_MS && num(signals, "missing") == 0,
                    full);
            double cpu = num(streaming, "cpuPercentOfOneCore");
            Targets.add(
                    t,
                    "idle CPU streaming " + n + " symbols x " + options.liveTimeframes + " < 5 % of one core",
                    fmt("%.2f %% (%s ms CPU in %s ms)", cpu, streaming.get("serviceCpuMs"), streaming.get("windowMs")),
                    cpu < IDLE_CPU_TARGET_PERCENT,
                    full);
            double rss = Math.max(num(streaming, "peakRssMb"), scans == null ? 0 : num(scans, "peakRssMb"));
            Targets.add(
                    t,
                    "service RSS < 400 MB while live (-Xmx" + options.xmx + " "
                            + String.join(" ", options.serviceJvmOptions) + ")",
                    fmt("%.0f MB (highest VmRSS sampled; VmHWM %s MB)", rss, streaming.get("vmHwmMb")),
                    rss < RSS_TARGET_MB,
                    true);
        }
        return t;
    }

    static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }

    static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

package io.fastscanner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code live.md} and {@code live.json}: the live part's targets and figures. */
final class LiveReport {

    static final double SCAN_P50_TARGET_MS = 50;
    static final double SIGNAL_P99_TARGET_MS = 200;
    static final double IDLE_CPU_TARGET_PERCENT = 5;
    static final double RSS_TARGET_MB = 400;

    private LiveReport() {}

    /** Writes live.json and live.md from the run's {@code live} part and its machine and options. */
    @SuppressWarnings("unchecked")
    static void write(Map<String, Object> run, BenchOptions options) throws Exception {
        Map<String, Object> live = (Map<String, Object>) run.get("live");
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("startedAt", run.get("startedAt"));
        results.put("finishedAt", Instant.now().toString());
        results.put("machine", run.get("machine"));
        results.put("options", run.get("options"));
        results.put("live", live);
        results.put("targets", targets(live, options));
        Files.createDirectories(options.out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(options.out.resolve("live.json"), json.writeValueAsString(results));
        String md = markdown(results, options);
        Files.writeString(options.out.resolve("live.md"), md);
        System.out.println(md);
        BenchMain.log("wrote " + options.out.resolve("live.md") + " and live.json");
    }

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
        if (!answers.keySet().equals(java.util.Set.of("live"))) {
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
                    "candle close -> signalUpdated, " + n + " symbols closing at once on 1m: p99 < 200 ms",
                    fmt(
                            "%.1f ms (p50 %.1f, %s events over %s boundaries)",
                            p99,
                            num(signals, "delayMsP50"),
                            signals.get("events"),
                            ((List<?>) signals.get("boundaries")).size()),
                    p99 < SIGNAL_P99_TARGET_MS,
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

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> r, BenchOptions options) {
        Map<String, Object> live = (Map<String, Object>) r.get("live");
        StringBuilder md = new StringBuilder("# Fast Scanner: live streams\n\n");
        md.append("Run ")
                .append(r.get("startedAt"))
                .append(" to ")
                .append(r.get("finishedAt"))
                .append(", machine: ");
        md.append(r.get("machine")).append("\n\n");
        md.append(fmt(
                "The packaged service with `scanner.live.enabled=true`, %s symbols (`scanner.universe.size`),"
                        + " `scanner.live.timeframes=%s`, against the simulated Binance REST API (L = %d ± %d ms) and"
                        + " kline streams (`BinanceStreams`, the same candles). See bench/README.md, Live streams.\n\n",
                options.liveSymbols, options.liveTimeframes, options.latencyMs, options.jitterMs));
        if (live.get("error") != null) {
            md.append("**The run failed:** `").append(live.get("error")).append("`\n\n");
        }
        md.append("| target | measured | status |\n|---|---|---|\n");
        for (Map<String, Object> t : (List<Map<String, Object>>) r.get("targets")) {
            md.append("| ")
                    .append(t.get("target"))
                    .append(" | ")
                    .append(cell(t.get("measured")))
                    .append(" | ");
            md.append(t.get("status")).append(" |\n");
        }
        md.append("\n");
        for (String part : List.of("warmUp", "scans", "streaming")) {
            Map<String, Object> m = (Map<String, Object>) live.get(part);
            if (m == null) {
                continue;
            }
            md.append("## ").append(part).append("\n\n| | |\n|---|---|\n");
            m.forEach((k, v) -> {
                if (!k.startsWith("signals")) {
                    md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n");
                }
            });
            md.append("\n");
        }
        Map<String, Object> streaming = (Map<String, Object>) live.get("streaming");
        if (streaming != null) {
            md.append("Candle close -> `signalUpdated` (receipt - the simulator's send of the final frame), per")
                    .append(" boundary:\n\n| timeframe | candle open | frames sent | events | missing | p50 ms |")
                    .append(
                            " p99 ms | max ms | simulator send spread ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
            for (String tf : List.of("signals1m", "signals1h")) {
                Map<String, Object> s = (Map<String, Object>) streaming.get(tf);
                for (Map<String, Object> b : (List<Map<String, Object>>) s.get("boundaries")) {
                    md.append(fmt(
                            "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                            s.get("timeframe"),
                            b.get("candleOpen"),
                            b.get("framesSent"),
                            b.get("events"),
                            b.get("missing"),
                            b.get("delayMsP50"),
                            b.get("delayMsP99"),
                            b.get("delayMsMax"),
                            b.get("simulatorSendSpreadMs")));
                }
            }
            md.append("\n");
        }
        md.append("Service streams at the end (`GET /api/scanner/exchanges`, binance): `")
                .append(live.get("exchangesAtEnd"))
                .append("`\n");
        return md.toString();
    }

    private static String cell(Object v) {
        return String.valueOf(v).replace("|", "\\|").replace("\n", " ");
    }

    private static double num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

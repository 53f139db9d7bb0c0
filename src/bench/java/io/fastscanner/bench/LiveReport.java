package io.fastscanner.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code live.md} and {@code live.json}: the live part's targets and figures. */
final class LiveReport {

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
        results.put("targets", LiveTargets.targets(live, options));
        Files.createDirectories(options.out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Files.writeString(options.out.resolve("live.json"), json.writeValueAsString(results));
        String md = markdown(results, options);
        Files.writeString(options.out.resolve("live.md"), md);
        System.out.println(md);
        BenchMain.log("wrote " + options.out.resolve("live.md") + " and live.json");
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
        md.append(LiveTargets.fmt(
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
                if (!k.startsWith("signals") && !k.equals("firstBoundary")) {
                    md.append("| ").append(k).append(" | ").append(cell(v)).append(" |\n");
                }
            });
            md.append("\n");
        }
        delays(md, live);
        md.append("Service streams at the end (`GET /api/scanner/exchanges`, binance): `")
                .append(live.get("exchangesAtEnd"))
                .append("`\n");
        return md.toString();
    }

    /** Candle close to signalUpdated, per boundary: the first one after start (warm-up), then the measured ones. */
    @SuppressWarnings("unchecked")
    private static void delays(StringBuilder md, Map<String, Object> live) {
        Map<String, Object> warm = (Map<String, Object>) live.get("warmUp");
        Map<String, Object> streaming = (Map<String, Object>) live.get("streaming");
        if (streaming == null) {
            return;
        }
        md.append(
                        "Candle close -> `signalUpdated` (receipt - the simulator's send of the final frame), per boundary:\n\n")
                .append("| timeframe | candle open | frames sent | events | missing | p50 ms | p99 ms | max ms |")
                .append(" simulator send spread ms |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        List<Map<String, Object>> parts = new ArrayList<>();
        if (warm != null && warm.get("firstBoundary") != null) {
            parts.add((Map<String, Object>) warm.get("firstBoundary"));
        }
        parts.add((Map<String, Object>) streaming.get("signals1m"));
        parts.add((Map<String, Object>) streaming.get("signals1h"));
        for (Map<String, Object> s : parts) {
            String label = s.get("timeframe") + (s.containsKey("candleClose") ? ", first after start (warm-up)" : "");
            for (Map<String, Object> b : (List<Map<String, Object>>) s.get("boundaries")) {
                md.append(LiveTargets.fmt(
                        "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        label,
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

    private static String cell(Object v) {
        return String.valueOf(v).replace("|", "\\|").replace("\n", " ");
    }
}

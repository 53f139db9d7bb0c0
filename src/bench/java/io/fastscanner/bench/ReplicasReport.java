package io.fastscanner.bench;

import static io.fastscanner.bench.Report.fmt;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The replicas part in {@code latest.md}: its tables (its targets: {@link ReplicasTargets}). */
final class ReplicasReport {

    private ReplicasReport() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        Map<String, Object> r = (Map<String, Object>) results.get("replicas");
        if (r == null) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Replicas on Redis\n\n");
        Map<String, Object> fan = (Map<String, Object>) r.get("fanOut");
        Map<String, Object> scan = (Map<String, Object>) fan.get("scan");
        md.append(String.format(
                Locale.ROOT,
                "%s replicas with `scanner.store=redis` (one key prefix per run, deleted at the end), %s SSE clients "
                        + "spread over them, a scan of %s symbols on the first (quick scan %s ms, ratio %s, load %s). "
                        + "Every client is checked against the ids the scan appended to the Redis Stream.\n\n",
                fan.get("replicas"),
                fan.get("clients"),
                scan.get("symbols"),
                fmt(scan.get("quickScanMs"), 0),
                fmt(scan.get("ratio"), 2),
                scan.get("loadAverage1mBefore")));
        md.append("| clients | published | per client (expected) | identical to the stream | lost | extra |"
                + " p50 ms | p99 ms | max ms |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(row(
                fan.get("clients"),
                fan.get("publishedEvents"),
                fan.get("eventsPerClient") + " (" + fan.get("expectedEventsPerClient") + ")",
                fan.get("clientsIdenticalToPublished"),
                fan.get("lostVsPublished"),
                fan.get("extraVsPublished"),
                fmt(fan.get("delayMsP50"), 1),
                fmt(fan.get("delayMsP99"), 1),
                fmt(fan.get("delayMsMax"), 1)));
        Map<String, Object> append = (Map<String, Object>) fan.get("appendDelayMs");
        md.append(String.format(
                Locale.ROOT,
                "\nOf that delay, from the event's `timestamp` to its stream id's time (the replica publishing it, "
                        + "its append to Redis): p50 %s ms, p99 %s ms, max %s ms.\n",
                fmt(append.get("p50"), 0),
                fmt(append.get("p99"), 0),
                fmt(append.get("max"), 0)));
        Map<String, Object> redis = (Map<String, Object>) fan.get("redis");
        md.append(String.format(
                Locale.ROOT,
                "\nRedis during the scan (%s ms from just before it to the last client's closing event, `INFO "
                        + "commandstats` of the whole server): %s commands sent (not those the budget's script "
                        + "runs; an append's MULTI, XADDs and EXEC go in one round trip), %s µs of Redis time; PING "
                        + "round trip %s µs. Idle replicas, per second: "
                        + "%s.\n\n",
                fmt(redis.get("windowMs"), 0),
                redis.get("clientCommands"),
                redis.get("redisUsec"),
                fmt(redis.get("pingRoundTripMicros"), 0),
                redis.get("idleCallsPerSecond")));
        md.append("| command | calls | µs | µs per call |\n|---|---:|---:|---:|\n");
        ((Map<String, Map<String, Object>>) redis.get("commands"))
                .forEach(
                        (name, c) -> md.append(row(name, c.get("calls"), c.get("usec"), fmt(c.get("usecPerCall"), 1))));

        Map<String, Object> b = (Map<String, Object>) r.get("sharedBudget");
        if (b != null) {
            md.append(budget(b));
        }
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) r.get("storePairs");
        if (pairs.isEmpty()) {
            return md.append('\n').toString();
        }
        md.append("\nQuick scan of one service, memory store then Redis store, back to back (end-to-end method):\n\n"
                + "| pair | memory ms | memory ratio | redis ms | redis ratio | load (1 min) |\n"
                + "|---:|---:|---:|---:|---:|---|\n");
        for (Map<String, Object> p : pairs) {
            Map<String, Object> mem = (Map<String, Object>) p.get("memory");
            Map<String, Object> red = (Map<String, Object>) p.get("redis");
            md.append(row(
                    p.get("rep"),
                    fmt(mem.get("quickScanMs"), 0),
                    fmt(mem.get("ratio"), 2),
                    fmt(red.get("quickScanMs"), 0),
                    fmt(red.get("ratio"), 2),
                    mem.get("loadAverage1mBefore") + " / " + red.get("loadAverage1mBefore")));
        }
        return md.append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static String budget(Map<String, Object> b) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "\nOne budget: %s symbols split over %s replicas, one scan each, asked for at once; all done after "
                        + "%s ms. Budget %s per minute (one service's), the exchange's limit %s.\n\n",
                b.get("symbols"),
                b.get("replicas"),
                fmt(b.get("allDoneMs"), 0),
                b.get("budget"),
                b.get("exchangeLimit")));
        md.append("| peak weight per minute | 429s | requests | failed quick / deep | all complete |\n"
                + "|---:|---:|---:|---:|---|\n");
        int quickFailed = ((List<Map<String, Object>>) b.get("scans"))
                .stream()
                        .mapToInt(s -> ((Number) s.get("quickFailed")).intValue())
                        .sum();
        md.append(row(
                b.get("peakWeightPerMinute"),
                b.get("rateLimited429"),
                b.get("upstreamRequests"),
                quickFailed + " / " + b.get("deepFailed"),
                b.get("allComplete")));

        return md.toString();
    }

    private static String row(Object... cells) {
        return Stream.of(cells).map(String::valueOf).collect(Collectors.joining(" | ", "| ", " |\n"));
    }
}

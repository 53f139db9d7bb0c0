package io.fastscanner.bench;

import io.fastscanner.marketdata.exchanges.SpotApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The part of the report on the other exchanges: summary per exchange, markdown, targets, smoke checks. */
final class ExchangesReport {

    private ExchangesReport() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> summarise(int n, int warmup, SpotApi api, List<Map<String, Object>> reps) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> first = reps.get(0);
        m.put("n", n);
        m.put("repetitions", reps.size());
        m.put("warmupSymbols", warmup);
        m.put("documentedLimit", SpotSimulator.documentedLimit(api.exchange()));
        m.put("serviceBudget", ExchangeFloor.budget(api));
        m.put("rowsPerRequest", api.maxRowsPerRequest());
        m.put("pagesPerSymbol", first.get("pagesPerSymbol"));
        m.put("plannedRequests", first.get("plannedRequests"));
        m.put("floorBasis", first.get("floorBasis"));
        for (String key : List.of(
                "quickScanMs",
                "floorMs",
                "ratio",
                "candleRequests",
                "rateLimited",
                "quickFailed",
                "serviceCpuQuickMs")) {
            m.put(
                    key,
                    Stats.summary(reps.stream()
                            .map(r -> ((Number) r.get(key)).doubleValue())
                            .toList()));
        }
        Map<String, Integer> reasons = new TreeMap<>();
        reps.forEach(r ->
                ((Map<String, Integer>) r.get("failureReasons")).forEach((k, v) -> reasons.merge(k, v, Integer::sum)));
        m.put("failureReasons", reasons);
        m.put(
                "loadAverage1m",
                String.join(
                        ", ",
                        reps.stream()
                                .map(r -> (String) r.get("loadAverage1mBefore"))
                                .toList()));
        m.put("runs", reps);
        return m;
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        List<Map<String, Object>> all = (List<Map<String, Object>>) results.get("exchanges");
        if (all == null || all.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## Quick scan on the other exchanges\n\n");
        md.append("Each exchange's own simulator (its paths, formats and documented request limit), a fresh service ")
                .append("per repetition with `scanner.source=<id>`, the quick scan of the N most traded symbols. The ")
                .append("floor is that exchange's: the candle pages its adapter plans for 1000 1h candles per symbol ")
                .append("plus one all-tickers request, at latency L, within the service's budget for the exchange ")
                .append("(the adapter's limits: 80 % of the documented ones); see bench/README.md. Medians, ")
                .append("(min–max) after them.\n\n");
        md.append("| exchange | N | pages / symbol | requests planned / sent | documented limit | service budget |"
                + " floor ms | quick scan ms | ratio | rate-limited answers | failed | load (1 min) |\n");
        md.append("|---|---:|---:|---:|---|---|---:|---:|---:|---:|---|---|\n");
        List<String> notes = new ArrayList<>();
        for (Map<String, Object> e : all) {
            if (e.containsKey("skipped") || e.containsKey("error")) {
                md.append("| ").append(e.get("exchange")).append(" | ");
                md.append(e.containsKey("skipped") ? e.get("skipped") : "failed: " + e.get("error"));
                md.append(" | | | | | | | | | | |\n");
                continue;
            }
            md.append("| ")
                    .append(e.get("exchange"))
                    .append(" | ")
                    .append(e.get("n"))
                    .append(" | ")
                    .append(e.get("pagesPerSymbol"))
                    .append(" (≤ ")
                    .append(e.get("rowsPerRequest"))
                    .append(" rows) | ")
                    .append(e.get("plannedRequests"))
                    .append(" / ")
                    .append(Report.fmt(median(e, "candleRequests"), 0))
                    .append(" + tickers | ")
                    .append(e.get("documentedLimit"))
                    .append(" | ")
                    .append(String.join("; ", (List<String>) e.get("serviceBudget")))
                    .append(" | ")
                    .append(cell(e, "floorMs", 0))
                    .append(" | ")
                    .append(cell(e, "quickScanMs", 0))
                    .append(" | ")
                    .append(cell(e, "ratio", 2))
                    .append(" | ")
                    .append(Report.fmt(median(e, "rateLimited"), 0))
                    .append(" | ")
                    .append(Report.fmt(median(e, "quickFailed"), 0))
                    .append(
                            ((Map<?, ?>) e.get("failureReasons")).isEmpty()
                                    ? ""
                                    : " (all repetitions: " + e.get("failureReasons") + ")")
                    .append(" | ")
                    .append(e.get("loadAverage1m"))
                    .append(" |\n");
            notes.add("- " + e.get("exchange") + ": floor " + e.get("floorBasis") + "; warm-up "
                    + e.get("warmupSymbols") + " symbols"
                    + (e.containsKey("httpIdleTimeout")
                            ? "; `quarkus.http.idle-timeout=" + e.get("httpIdleTimeout")
                                    + "` (raised for a floor of 45 s or more; the default is 60 s)"
                            : "")
                    + ".");
        }
        md.append("\nFloors (first repetition):\n\n")
                .append(String.join("\n", notes))
                .append("\n\n");
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    static void addTargets(List<Map<String, Object>> targets, Map<String, Object> results, BenchOptions options) {
        for (Map<String, Object> e : (List<Map<String, Object>>) results.getOrDefault("exchanges", List.of())) {
            if (e.containsKey("skipped")) {
                continue;
            }
            if (e.containsKey("error")) {
                Targets.add(targets, "quick scan on " + e.get("exchange"), "failed: " + e.get("error"), false, true);
                continue;
            }
            double ratio = median(e, "ratio");
            double failed = median(e, "quickFailed");
            Targets.add(
                    targets,
                    "quick scan N=" + e.get("n") + " on " + e.get("exchange") + ": wall / floor <= 1.3 (its own floor)",
                    String.format(
                            Locale.ROOT,
                            "%.2f (floor %.0f ms, %s)%s",
                            ratio,
                            median(e, "floorMs"),
                            e.get("floorBasis"),
                            failed > 0 ? ", " + Report.fmt(failed, 0) + " symbols failed" : ""),
                    ratio <= 1.3 && failed == 0,
                    options.latencyMs == 100 && ((Number) e.get("n")).intValue() == 100);
        }
    }

    /** A smoke run needs every exchange with an adapter to scan all its symbols, with no over-limit answer. */
    @SuppressWarnings("unchecked")
    static List<String> smokeProblems(Map<String, Object> results) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> e : (List<Map<String, Object>>) results.getOrDefault("exchanges", List.of())) {
            if (e.containsKey("skipped")) {
                continue;
            }
            if (e.containsKey("error")) {
                problems.add(e.get("exchange") + ": " + e.get("error"));
                continue;
            }
            for (Map<String, Object> run : (List<Map<String, Object>>) e.get("runs")) {
                String id = (String) e.get("exchange");
                if (((Number) run.get("symbols")).intValue() != ((Number) e.get("n")).intValue()
                        || ((Number) run.get("quickFailed")).intValue() != 0) {
                    problems.add(id + ": scanned " + run.get("symbols") + ", failed " + run.get("failureReasons"));
                }
                if (((Number) run.get("rateLimited")).longValue() != 0) {
                    problems.add(id + ": rate-limited answers " + run.get("rateLimitedByEndpoint"));
                }
                if (((Number) run.get("outsideUniverse")).intValue() != 0) {
                    problems.add(id + ": " + run.get("outsideUniverse") + " symbols outside the most traded N");
                }
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    private static double median(Map<String, Object> e, String key) {
        return ((Number) ((Map<String, Object>) e.get(key)).get("median")).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static String cell(Map<String, Object> e, String key, int decimals) {
        Map<String, Object> m = (Map<String, Object>) e.get(key);
        String med = Report.fmt(m.get("median"), decimals);
        String min = Report.fmt(m.get("min"), decimals);
        String max = Report.fmt(m.get("max"), decimals);
        return min.equals(max) ? med : med + " (" + min + "–" + max + ")";
    }
}

package io.fastscanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The smoke configuration proves the harness works end to end: it fails loudly when it does not. */
final class BenchSmoke {

    private BenchSmoke() {}

    @SuppressWarnings("unchecked")
    static void check(Map<String, Object> results) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> size : (List<Map<String, Object>>) results.get("endToEnd")) {
            for (Map<String, Object> run : (List<Map<String, Object>>) size.get("runs")) {
                if (((Number) run.get("symbols")).intValue() != ((Number) size.get("n")).intValue()) {
                    problems.add("N=" + size.get("n") + ": scanned " + run.get("symbols") + " symbols");
                }
                if (Double.isNaN(((Number) run.get("deepCompleteMs")).doubleValue())) {
                    problems.add("N=" + size.get("n") + ": no deepAnalysisComplete");
                }
                if (((Number) run.get("upstreamRequests")).longValue() == 0) {
                    problems.add("N=" + size.get("n") + ": the simulator saw no request");
                }
            }
        }
        problems.addAll(ColdStartReport.smokeProblems(results));
        Map<String, Object> sse = (Map<String, Object>) results.get("sseFanOut");
        if (sse != null
                && (((Number) sse.get("lostEvents")).longValue() != 0
                        || !Boolean.TRUE.equals(sse.get("allCompleted")))) {
            problems.add("SSE fan-out lost events: " + sse);
        }
        problems.addAll(ReplicasTargets.smokeProblems(results));
        problems.addAll(ExchangesReport.smokeProblems(results));
        problems.addAll(LiveTargets.smokeProblems(results));
        if (!problems.isEmpty()) {
            System.err.println("bench smoke FAILED: " + problems);
            System.exit(1);
        }
        System.out.println("bench smoke: harness OK");
    }
}

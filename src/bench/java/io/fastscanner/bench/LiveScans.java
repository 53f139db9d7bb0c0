package io.fastscanner.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The quick scans of the live part: the default universe on 1h, one after the other with a short pause, once the
 * streams are warm. Each is timed, its answer's {@code data} (live, rest, mixed) and its rows' are counted, and every
 * request the simulated exchange received is put down to the scans (arrived while one was running) or to the
 * background (between them: the service's ticker refreshes).
 */
final class LiveScans {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final long PAUSE_MS = 250;

    private LiveScans() {}

    static Map<String, Object> run(ServiceProcess service, ExchangeSimulator simulator, String timeframe, int scans)
            throws Exception {
        simulator.reset();
        long cpuStart = service.cpuMillis();
        Map<String, Long> threadsStart = service.cpuMillisByThreadGroup();
        service.sampleRss(50);
        String load = ScanRuns.loadAverage1m();
        long phaseStart = System.currentTimeMillis();
        List<long[]> windows = new ArrayList<>();
        double[] wall = new double[scans];
        double[] server = new double[scans];
        Map<String, Integer> answers = new TreeMap<>();
        Map<String, Integer> rows = new TreeMap<>();
        int failedRows = 0;
        int symbols = 0;
        long answerBytes = 0;
        String body = "{\"timeframe\":\"" + timeframe + "\"}";
        for (int i = 0; i < scans; i++) {
            long startMs = System.currentTimeMillis();
            long start = System.nanoTime();
            HttpResponse<String> r = service.post("/api/scanner/quick-scan", body, Duration.ofMinutes(2));
            wall[i] = (System.nanoTime() - start) / 1e6;
            windows.add(new long[] {startMs, System.currentTimeMillis()});
            if (r.statusCode() != 200) {
                throw new IllegalStateException("quick scan answered " + r.statusCode() + ": " + r.body());
            }
            answerBytes = r.body().length();
            JsonNode answer = JSON.readTree(r.body());
            server[i] = answer.path("durationMs").asDouble();
            answers.merge(answer.path("data").asText("absent"), 1, Integer::sum);
            symbols = answer.path("count").asInt();
            for (JsonNode row : answer.path("signals")) {
                rows.merge(row.path("data").asText("absent"), 1, Integer::sum);
                if ("failed".equals(row.path("status").asText())) {
                    failedRows++;
                }
            }
            Thread.sleep(PAUSE_MS);
        }
        long phaseEnd = System.currentTimeMillis();
        long cpu = service.cpuMillis() - cpuStart;
        Map<String, Long> threads = ServiceProcess.delta(threadsStart, service.cpuMillisByThreadGroup());
        long peakRss = service.stopSampling();

        Map<String, Long> during = new TreeMap<>();
        Map<String, Long> between = new TreeMap<>();
        for (LoopbackServer.Arrival a : simulator.arrivals()) {
            boolean inScan = windows.stream().anyMatch(w -> a.atMs() >= w[0] && a.atMs() <= w[1]);
            (inScan ? during : between).merge(a.endpoint(), 1L, Long::sum);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scans", scans);
        m.put("timeframe", timeframe);
        m.put("symbols", symbols);
        m.put("pauseBetweenScansMs", PAUSE_MS);
        m.put("wallMsP50", Stats.round(Stats.percentile(wall, 50)));
        m.put("wallMsP95", Stats.round(Stats.percentile(wall, 95)));
        m.put("wallMsMin", Stats.round(Stats.min(wall)));
        m.put("wallMsMax", Stats.round(Stats.max(wall)));
        m.put("serverDurationMsP50", Stats.round(Stats.percentile(server, 50)));
        m.put("answerKb", Stats.round(answerBytes / 1024.0));
        m.put("answersByData", answers);
        m.put("rowsByData", rows);
        m.put("failedRows", failedRows);
        m.put("requestsDuringScans", during);
        m.put(
                "requestsDuringScansTotal",
                during.values().stream().mapToLong(Long::longValue).sum());
        m.put("requestsBetweenScans", between);
        m.put("phaseMs", phaseEnd - phaseStart);
        m.put("serviceCpuMs", cpu);
        m.put("serviceCpuByThreads", threads);
        m.put("peakRssMb", Stats.round(peakRss / 1024.0));
        m.put("loadAverage1mBefore", load);
        m.put("wallMs", java.util.Arrays.stream(wall).map(Stats::round).boxed().toList());
        return m;
    }
}

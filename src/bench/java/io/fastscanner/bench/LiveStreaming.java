package io.fastscanner.bench;

import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The service left alone with its streams: no scans for at least {@code idle} and until {@code boundaries} minute
 * boundaries have passed (plus a few seconds for their events). Measures the service's CPU time over the window
 * ({@code /proc/<pid>/stat}, as % of one core), its RSS, the requests it sent to the exchange meanwhile (the
 * background ticker refreshes), and how soon after each 1m candle's final frame its {@code signalUpdated} event
 * reached an SSE client.
 */
final class LiveStreaming {

    /** Time left after the last boundary for its events to arrive. */
    static final long SETTLE_MS = 10_000;

    private LiveStreaming() {}

    /**
     * Lets one 1m boundary pass and waits for its events (at most {@link #SETTLE_MS} after it): the first candle
     * closes a fresh JVM handles cost it more than later ones (its code is not compiled yet). Returns their delays.
     */
    static Map<String, Object> firstBoundary(BinanceStreams streams, LiveSignals signals, int expected)
            throws InterruptedException {
        streams.reset();
        signals.clear();
        long minute = Timeframe.M1.millis();
        long boundary = (Math.floorDiv(System.currentTimeMillis(), minute) + 1) * minute;
        BenchMain.log("live: letting the first 1m boundary pass, " + Instant.ofEpochMilli(boundary));
        while (System.currentTimeMillis() < boundary + SETTLE_MS
                && (System.currentTimeMillis() < boundary || signals.received().size() < expected)) {
            Thread.sleep(200);
        }
        Map<String, Object> delays = signals.delays(streams.log(), Timeframe.M1);
        delays.put("candleClose", Instant.ofEpochMilli(boundary).toString());
        return delays;
    }

    static Map<String, Object> run(
            ServiceProcess service,
            ExchangeSimulator simulator,
            BinanceStreams streams,
            LiveSignals signals,
            long idleMs,
            int boundaries)
            throws Exception {
        simulator.reset();
        streams.reset();
        signals.clear();
        String load = ScanRuns.loadAverage1m();
        long start = System.currentTimeMillis();
        long cpuStart = service.cpuMillis();
        Map<String, Long> threadsStart = service.cpuMillisByThreadGroup();
        service.sampleRss(200);
        long minute = Timeframe.M1.millis();
        long firstBoundary = (Math.floorDiv(start + 1_000, minute) + 1) * minute; // its candle formed in the window
        long lastBoundary = firstBoundary + (long) (boundaries - 1) * minute;
        long end = boundaries <= 0 ? start + idleMs : Math.max(start + idleMs, lastBoundary + SETTLE_MS);
        BenchMain.log(String.format(
                "live: streaming alone for %.0f s%s",
                (end - start) / 1000.0,
                boundaries <= 0
                        ? ""
                        : ", 1m boundaries " + Instant.ofEpochMilli(firstBoundary) + " to "
                                + Instant.ofEpochMilli(lastBoundary)));
        for (long now = System.currentTimeMillis(); now < end; now = System.currentTimeMillis()) {
            Thread.sleep(Math.min(1_000, end - now));
        }
        long windowMs = System.currentTimeMillis() - start;
        long cpu = service.cpuMillis() - cpuStart;
        Map<String, Long> threads = ServiceProcess.delta(threadsStart, service.cpuMillisByThreadGroup());
        long peakRss = service.stopSampling();

        Map<String, Long> requests = new TreeMap<>();
        List<String> tickerTimes = new ArrayList<>();
        for (LoopbackServer.Arrival a : simulator.arrivals()) {
            requests.merge(a.endpoint(), 1L, Long::sum);
            if ("ticker/24hr".equals(a.endpoint())) {
                tickerTimes.add(Instant.ofEpochMilli(a.atMs()).toString());
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("windowMs", windowMs);
        m.put("serviceCpuMs", cpu);
        m.put("cpuPercentOfOneCore", Stats.round(100.0 * cpu / windowMs));
        m.put("serviceCpuByThreads", threads);
        m.put("peakRssMb", Stats.round(peakRss / 1024.0));
        m.put("rssAtEndMb", Stats.round(service.status("VmRSS") / 1024.0));
        m.put("vmHwmMb", Stats.round(service.status("VmHWM") / 1024.0));
        m.put("requests", requests);
        m.put("tickerRefreshes", tickerTimes);
        m.put("signals1m", signals.delays(streams.log(), Timeframe.M1));
        m.put("signals1h", signals.delays(streams.log(), Timeframe.H1));
        m.put("streamsSimulator", streams.log().describe());
        m.put("loadAverage1mBefore", load);
        m.put("loadAverage1mAfter", ScanRuns.loadAverage1m());
        return m;
    }
}

package io.fastscanner.scan;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Map;

/**
 * One past scan, as listed by {@code GET /api/scanner/scan-status}.
 *
 * @param timestamp     when the scan started
 * @param durationMs    quick-scan duration
 * @param dataTime      the market time the candles reach (the replay clock, or now for live sources)
 * @param signalCounts  number of BUY, SELL and HOLD signals
 * @param failed        symbols that failed
 */
@RegisterForReflection
public record ScanHistoryEntry(String scanId, Instant timestamp, int symbolCount, String timeframe, String exchange,
        ScanTrigger trigger, long durationMs, Instant dataTime, Map<String, Integer> signalCounts, int failed) {

    static ScanHistoryEntry of(ScanResult result) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("BUY", 0);
        counts.put("SELL", 0);
        counts.put("HOLD", 0);
        int failed = 0;
        for (Signal s : result.signals()) {
            if (s.status() == SignalStatus.FAILED) {
                failed++;
            } else {
                counts.merge(s.signal().name(), 1, Integer::sum);
            }
        }
        return new ScanHistoryEntry(result.scanId(), result.startedAt(), result.analyses().size(),
                result.timeframe().label(), result.exchange(), result.trigger(), result.durationMs(),
                result.dataTime(), counts, failed);
    }
}

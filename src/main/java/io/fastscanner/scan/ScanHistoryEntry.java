package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One past scan, as listed by {@code GET /api/scanner/scan-status}.
 *
 * @param timestamp    when the scan started
 * @param durationMs   quick-scan duration
 * @param dataTime     the market time the candles reach (the replay clock, or now for live sources)
 * @param signalCounts number of BUY, SELL and HOLD signals
 * @param failed       symbols that failed
 * @param supersededBy the scan that replaced this one before its deep analysis was done; null otherwise
 */
@RegisterForReflection
public record ScanHistoryEntry(
        String scanId,
        @Schema(description = "When the scan started") Instant timestamp,
        int symbolCount,
        Timeframe timeframe,

        @Schema(description = "The first (or only) exchange scanned")
        Exchange exchange,

        @Schema(description = "Every exchange scanned") List<Exchange> exchanges,
        ScanTrigger trigger,
        @Schema(description = "Quick-scan duration") long durationMs,

        @Schema(description = "The market time the candles reach")
        Instant dataTime,

        SignalCounts signalCounts,
        @Schema(description = "Symbols that failed") int failed,

        @Schema(nullable = true, description = "The scan that replaced this one before its deep analysis was done")
        String supersededBy) {

    static ScanHistoryEntry of(ScanResult result) {
        var rows = result.rows();
        int failed = (int) rows.stream().filter(ScanRow::failed).count();
        return new ScanHistoryEntry(
                result.scanId(),
                result.startedAt(),
                rows.size(),
                result.timeframe(),
                result.exchange(),
                result.exchanges(),
                result.trigger(),
                result.durationMs(),
                result.dataTime(),
                SignalCounts.of(rows),
                failed,
                null);
    }

    ScanHistoryEntry supersededBy(String newer) {
        return new ScanHistoryEntry(
                scanId,
                timestamp,
                symbolCount,
                timeframe,
                exchange,
                exchanges,
                trigger,
                durationMs,
                dataTime,
                signalCounts,
                failed,
                newer);
    }
}

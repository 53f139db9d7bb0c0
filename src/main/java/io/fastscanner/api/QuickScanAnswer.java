package io.fastscanner.api;

import io.fastscanner.errors.RejectedSymbol;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DataOrigin;
import io.fastscanner.scan.ExchangeFailure;
import io.fastscanner.scan.ScanResult;
import io.fastscanner.scan.ScanRow;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/scanner/quick-scan}: phase 1 of the scan is done. */
@RegisterForReflection
@Schema(description = "Phase 1 of the scan is done; the deep analysis goes on in the background")
public record QuickScanAnswer(
        @Schema(enumeration = "true") boolean success,
        String scanId,

        @Schema(description = "One row per scanned symbol, in scan order")
        List<ScanRow> signals,

        int count,

        @Schema(example = "Quick scan complete: 3 symbols (1 BUY, 2 SELL, 0 HOLD)")
        String message,

        @Schema(description = "Quick-scan duration") long durationMs,
        Timeframe timeframe,

        @Schema(description = "The first (or only) exchange scanned")
        Exchange exchange,

        @Schema(description = "Every exchange scanned, in the order requested")
        List<Exchange> exchanges,

        @Schema(description = "The market time the candles reach (the replay clock, or now for live sources)")
        Instant dataTime,

        @Schema(description = "Requested symbols that were not scanned")
        List<RejectedSymbol> rejected,

        @Schema(
                description = "In a scan over several exchanges: those that could not be scanned at all (their "
                        + "default universe is unknown without tickers); named symbols get failed rows instead")
        List<ExchangeFailure> unavailable,

        @Schema(
                nullable = true,
                enumeration = {"live", "rest", "replay", "synthetic", "mixed"},
                description = "Where the rows' candles came from: live when every row was answered from the exchange's"
                        + " stream in memory (no request), mixed when only some were; null when no row has candles")
        String data) {

    static QuickScanAnswer of(ScanResult result, List<RejectedSymbol> rejected) {
        List<ScanRow> rows = result.rows();
        return new QuickScanAnswer(
                true,
                result.scanId(),
                rows,
                rows.size(),
                Messages.quickScan(rows),
                result.durationMs(),
                result.timeframe(),
                result.exchange(),
                result.exchanges(),
                result.dataTime(),
                rejected,
                result.unavailable(),
                data(rows));
    }

    /** The one origin of every row that has candles, {@code mixed} when they differ, null when none has. */
    static String data(List<ScanRow> rows) {
        List<DataOrigin> origins = rows.stream()
                .map(ScanRow::data)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (origins.isEmpty()) {
            return null;
        }
        return origins.size() == 1 ? origins.get(0).wire() : "mixed";
    }
}

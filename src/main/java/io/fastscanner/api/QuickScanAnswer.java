package io.fastscanner.api;

import io.fastscanner.errors.RejectedSymbol;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DataOrigin;
import io.fastscanner.scan.ExchangeFailure;
import io.fastscanner.scan.ScanResult;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.screens.Screen;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
        String data,

        @Schema(
                nullable = true,
                description = "The screen the rows were filtered by, in its canonical text; null without one",
                example = "signal == \"BUY\"")
        String screen,

        @Schema(description = "How many scanned rows the screen left out of signals; 0 without a screen")
        int screenedOut) {

    /**
     * The answer to a scan: every row, or with a screen those that pass it. The message and {@code data} describe the
     * scan as it ran, every row included.
     */
    static QuickScanAnswer of(ScanResult result, List<RejectedSymbol> rejected, Optional<Screen> screen) {
        List<ScanRow> rows = result.rows();
        List<ScanRow> kept = screen.map(s -> result.analyses().stream()
                        .filter(s::matches)
                        .map(SymbolAnalysis::row)
                        .toList())
                .orElse(rows);
        return new QuickScanAnswer(
                true,
                result.scanId(),
                kept,
                kept.size(),
                Messages.quickScan(rows)
                        + screen.map(s -> "; " + kept.size() + " pass the screen")
                                .orElse(""),
                result.durationMs(),
                result.timeframe(),
                result.exchange(),
                result.exchanges(),
                result.dataTime(),
                rejected,
                result.unavailable(),
                data(rows),
                screen.map(Screen::text).orElse(null),
                rows.size() - kept.size());
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

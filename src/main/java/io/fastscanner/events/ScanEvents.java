package io.fastscanner.events;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.ScanTrigger;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** The data of a scan's own events, with the field names of the original design. */
public final class ScanEvents {

    private ScanEvents() {}

    @RegisterForReflection
    public record ScanStarted(String scanId, Instant timestamp, Timeframe timeframe, ScanTrigger trigger)
            implements EventData {

        @Override
        public EventName name() {
            return EventName.SCAN_STARTED;
        }
    }

    /** Phase 1 is done: every row, as the quick-scan answer has them. */
    @RegisterForReflection
    public record QuickScanComplete(
            String scanId,
            Instant timestamp,
            List<ScanRow> signals,
            int count,
            Timeframe timeframe,
            Exchange exchange,
            Instant dataTime,
            long durationMs)
            implements EventData {

        @Override
        public EventName name() {
            return EventName.QUICK_SCAN_COMPLETE;
        }
    }

    /** One symbol's deep analysis is done (its row's status is {@code complete} or {@code failed}). */
    @RegisterForReflection
    public record SymbolAnalyzed(
            String scanId, Instant timestamp, MarketSymbol symbol, ScanRow signal, DeepAnalysis deepAnalysis)
            implements EventData {

        @Override
        public EventName name() {
            return EventName.SYMBOL_ANALYZED;
        }

        @Override
        public MarketSymbol about() {
            return symbol;
        }
    }

    @RegisterForReflection
    public record AnalysisProgress(String scanId, Instant timestamp, int completed, int remaining, int total)
            implements EventData {

        @Override
        public EventName name() {
            return EventName.ANALYSIS_PROGRESS;
        }
    }

    @RegisterForReflection
    public record DeepAnalysisComplete(String scanId, Instant timestamp, int total, int failed, long durationMs)
            implements EventData {

        @Override
        public EventName name() {
            return EventName.DEEP_ANALYSIS_COMPLETE;
        }
    }

    /** A newer scan, {@code supersededBy}, replaced this one before its deep analysis was done. */
    @RegisterForReflection
    public record ScanSuperseded(String scanId, Instant timestamp, String supersededBy) implements EventData {

        @Override
        public EventName name() {
            return EventName.SCAN_SUPERSEDED;
        }
    }

    /** The scan could not run; {@code error.code} is the market data reason (e.g. {@code timeout}). */
    @RegisterForReflection
    public record ScanFailed(String scanId, Instant timestamp, Failure error) implements EventData {

        @Override
        public EventName name() {
            return EventName.SCAN_FAILED;
        }
    }

    @RegisterForReflection
    public record Failure(String code, String message) {}
}

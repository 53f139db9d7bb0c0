package io.fastscanner.events;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.ScanTrigger;
import io.fastscanner.signal.SignalType;
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

    /**
     * A watched symbol's quick signal, recomputed from memory as a candle closed on its exchange's stream.
     *
     * @param scanId   the latest scan whose rows held this symbol on this timeframe, or {@code live:<exchange>:<tf>:<close>}
     * @param previous the signal before this candle, when one was known
     */
    @RegisterForReflection
    public record SignalUpdated(
            String scanId,
            Instant timestamp,
            Exchange exchange,
            MarketSymbol symbol,
            Timeframe timeframe,
            Instant candleTime,
            Instant candleCloseTime,
            ScanRow signal,
            Previous previous)
            implements EventData {

        @Override
        public EventName name() {
            return EventName.SIGNAL_UPDATED;
        }

        @Override
        public MarketSymbol about() {
            return symbol;
        }

        @Override
        public Exchange aboutExchange() {
            return exchange;
        }
    }

    /** A signal as it stood before an update. */
    @RegisterForReflection
    public record Previous(SignalType signal, int strength) {}

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

        @Override
        public Exchange aboutExchange() {
            return signal == null ? null : signal.exchange();
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

package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of phase 1: one analysis per scanned symbol, in scan order (volume rank or request order).
 *
 * @param dataTime the market time the candles reach (the replay clock, or now for live sources)
 */
public record ScanResult(
        String scanId,
        ScanTrigger trigger,
        Exchange exchange,
        Timeframe timeframe,
        Instant startedAt,
        long durationMs,
        Instant dataTime,
        List<SymbolAnalysis> analyses) {

    public List<ScanRow> rows() {
        return analyses.stream().map(SymbolAnalysis::row).toList();
    }
}

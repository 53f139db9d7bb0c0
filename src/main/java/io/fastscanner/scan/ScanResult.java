package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.List;

/** The outcome of phase 1: one analysis per scanned symbol, in scan order (volume rank or request order). */
public record ScanResult(String scanId, ScanTrigger trigger, String exchange, Timeframe timeframe, Instant startedAt,
        long durationMs, Instant dataTime, List<SymbolAnalysis> analyses) {

    public List<Signal> signals() {
        return analyses.stream().map(SymbolAnalysis::signal).toList();
    }
}

package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.List;

/**
 * The outcome of phase 1: one analysis per scanned (exchange, symbol), in scan order (exchange by exchange, each in
 * volume rank or request order).
 *
 * @param exchange    the first (or only) exchange scanned
 * @param exchanges   every exchange scanned
 * @param unavailable exchanges of a scan over several that could not be scanned at all
 *
 * @param dataTime the market time the candles reach (the replay clock, or now for live sources)
 */
public record ScanResult(
        String scanId,
        ScanTrigger trigger,
        Exchange exchange,
        List<Exchange> exchanges,
        Timeframe timeframe,
        Instant startedAt,
        long durationMs,
        Instant dataTime,
        List<SymbolAnalysis> analyses,
        List<ExchangeFailure> unavailable) {

    /** A scan of one exchange. */
    public ScanResult(
            String scanId,
            ScanTrigger trigger,
            Exchange exchange,
            Timeframe timeframe,
            Instant startedAt,
            long durationMs,
            Instant dataTime,
            List<SymbolAnalysis> analyses) {
        this(
                scanId,
                trigger,
                exchange,
                List.of(exchange),
                timeframe,
                startedAt,
                durationMs,
                dataTime,
                analyses,
                List.of());
    }

    public List<ScanRow> rows() {
        return analyses.stream().map(SymbolAnalysis::row).toList();
    }
}

package io.fastscanner.scan;

/**
 * A watched symbol's quick signal recomputed as a candle closed on its exchange's stream, fired as a CDI event once
 * per candle (and, with replicas on Redis, by one replica only). Observers run synchronously and must not block.
 *
 * @param scanId   the latest scan whose rows held the symbol on this timeframe, or {@code live:<exchange>:<tf>:<close>}
 * @param analysis the new row with the indicator values and votes behind it (no deep analysis: it is a quick signal)
 * @param previous the row before this candle (of a scan or an earlier update), or null
 */
public record SignalUpdate(String scanId, SymbolAnalysis analysis, ScanRow previous) {

    /** The recomputed row. */
    public ScanRow row() {
        return analysis.row();
    }
}

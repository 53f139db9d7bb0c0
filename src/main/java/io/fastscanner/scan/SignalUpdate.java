package io.fastscanner.scan;

/**
 * A watched symbol's quick signal recomputed as a candle closed on its exchange's stream, fired as a CDI event once
 * per candle (and, with replicas on Redis, by one replica only). Observers run synchronously and must not block.
 *
 * @param scanId   the latest scan whose rows held the symbol on this timeframe, or {@code live:<exchange>:<tf>:<close>}
 * @param previous the row before this candle (of a scan or an earlier update), or null
 * @param analysis the row with the indicator values and votes behind it (no deep analysis), for the screens of alert
 *                 rules
 */
public record SignalUpdate(String scanId, ScanRow row, ScanRow previous, SymbolAnalysis analysis) {}

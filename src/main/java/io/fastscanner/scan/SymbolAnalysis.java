package io.fastscanner.scan;

import io.fastscanner.indicators.IndicatorSnapshot;
import io.fastscanner.signal.Rating;

/**
 * Everything known about one symbol in the latest scan: its signal row, the indicator values and votes behind it
 * (null when the symbol failed or is stale) and, once the background phase is done, its deep analysis.
 */
public record SymbolAnalysis(Signal signal, IndicatorSnapshot indicators, Rating rating, Object deepAnalysis) {

    public static SymbolAnalysis failed(Signal signal) {
        return new SymbolAnalysis(signal, null, null, null);
    }

    public SymbolAnalysis withSignal(Signal newSignal) {
        return new SymbolAnalysis(newSignal, indicators, rating, deepAnalysis);
    }
}

package io.fastscanner.scan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.indicators.IndicatorSnapshot;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.signal.Rating;

/**
 * Everything known about one symbol in a scan: its row, the indicator values and votes behind it (null when the
 * symbol failed or is stale) and, once the background phase is done, its deep analysis (null until then).
 */
public record SymbolAnalysis(ScanRow row, IndicatorSnapshot indicators, Rating rating, DeepAnalysis deepAnalysis) {

    public static SymbolAnalysis failed(ScanRow row) {
        return new SymbolAnalysis(row, null, null, null);
    }

    /** The (exchange, symbol) this analysis is of. */
    @JsonIgnore
    public Listing listing() {
        return new Listing(row.exchange(), row.symbol());
    }

    public SymbolAnalysis withRow(ScanRow newRow) {
        return new SymbolAnalysis(newRow, indicators, rating, deepAnalysis);
    }
}

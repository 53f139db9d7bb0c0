package io.fastscanner.api;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.indicators.IndicatorSnapshot;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.signal.Rating;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/symbol/{symbol}}. */
@RegisterForReflection
public record SymbolAnswer(
        @Schema(enumeration = "true") boolean success,
        MarketSymbol symbol,
        ScanRow signal,

        @Schema(nullable = true, description = "Indicator values on the row's candle; null when it failed or is stale")
        IndicatorSnapshot indicators,

        @Schema(nullable = true, description = "The votes behind the signal; null when it failed or is stale")
        Rating rating,

        @Schema(nullable = true, description = "Null until the scan's background analysis of the symbol is done")
        DeepAnalysis deepAnalysis) {

    static SymbolAnswer of(SymbolAnalysis analysis) {
        return new SymbolAnswer(
                true,
                analysis.row().symbol(),
                analysis.row(),
                analysis.indicators(),
                analysis.rating(),
                analysis.deepAnalysis());
    }
}

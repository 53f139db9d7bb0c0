package io.fastscanner.api;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scorecard.PastSignal;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/scorecard/past-signals}. */
@RegisterForReflection
public record PastSignalsAnswer(
        @Schema(enumeration = "true") boolean success,
        Exchange exchange,
        MarketSymbol symbol,
        Timeframe timeframe,

        @Schema(description = "The walk's BUY and SELL signals with their outcomes, oldest first")
        List<PastSignal> signals) {}

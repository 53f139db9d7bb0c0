package io.fastscanner.scorecard;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A signal given (or, on recorded candles, that would have been given) on one candle, with the outcomes measured so
 * far.
 *
 * @param candleTime       open time of the candle the signal was computed on; the entry is that candle's close
 * @param price            that candle's close: the entry price the outcomes are measured from
 * @param outcomes         one per horizon whose candles have all closed, in horizon order
 * @param pendingHorizons  the horizons still waiting for their candles to close
 */
@RegisterForReflection
@Schema(name = "PastSignal", description = "A signal on one candle with its outcomes so far")
public record PastSignal(
        Exchange exchange,
        MarketSymbol symbol,
        Timeframe timeframe,
        Instant candleTime,
        SignalType signal,
        @Schema(minimum = "0", maximum = "100") int strength,
        @Schema(nullable = true) Double rating,
        double price,

        @Schema(nullable = true, description = "Deep-analysis score 0-100, when the signal had one")
        Double opportunityScore,

        @Schema(nullable = true) Double stopLoss,
        @Schema(nullable = true) Double takeProfit,
        List<Outcome> outcomes,
        List<Integer> pendingHorizons) {

    public PastSignal {
        outcomes = List.copyOf(outcomes);
        pendingHorizons = List.copyOf(pendingHorizons);
    }
}

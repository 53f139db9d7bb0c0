package io.fastscanner.scorecard;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which data a scorecard was computed on.
 *
 * @param source  {@code bundled} (the candles in the application) or {@code directory} ({@code scanner.replay.dir})
 * @param from    open time of the first scored candle
 * @param to      open time of the last scored candle
 * @param candles scored candles, all symbols together
 * @param warmup  candles before the first scored one of each series: the history a live quick scan has
 */
@RegisterForReflection
@Schema(description = "The recorded candles the scorecard walked")
public record ScorecardData(
        @Schema(enumeration = {"bundled", "directory"}) String source,
        Exchange exchange,
        Timeframe timeframe,
        List<MarketSymbol> symbols,

        @Schema(description = "Open time of the first scored candle")
        Instant from,

        @Schema(description = "Open time of the last scored candle")
        Instant to,

        @Schema(description = "Scored candles, all symbols together")
        long candles,

        @Schema(description = "Candles of history before each series' first scored candle")
        int warmup) {

    public static final String BUNDLED = "bundled";
    public static final String DIRECTORY = "directory";

    public ScorecardData {
        symbols = List.copyOf(symbols);
    }
}

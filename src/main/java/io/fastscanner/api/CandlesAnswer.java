package io.fastscanner.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/symbol/{symbol}/candles}: closed candles and EMA lines, oldest first. */
@RegisterForReflection
public record CandlesAnswer(
        @Schema(enumeration = "true") boolean success,
        MarketSymbol symbol,
        Timeframe timeframe,
        Exchange exchange,
        List<CandleBar> candles,
        EmaLines ema) {

    /** One closed candle: open time (epoch ms), open, high, low, close, base-asset volume. */
    @RegisterForReflection
    public record CandleBar(
            @Schema(description = "Open time, epoch milliseconds")
            long t,

            double o,
            double h,
            double l,
            double c,
            double v) {}

    /**
     * The EMAs at each candle, aligned with {@code candles}; null where an EMA has no value yet. The schema of a line
     * (numbers or nulls) is in {@code META-INF/openapi.yaml}.
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record EmaLines(
            @Schema(ref = "EmaLine") List<Double> ema21,
            @Schema(ref = "EmaLine") List<Double> ema50,
            @Schema(ref = "EmaLine") List<Double> ema200) {}
}

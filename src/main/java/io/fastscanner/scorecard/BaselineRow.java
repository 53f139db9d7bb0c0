package io.fastscanner.scorecard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every scored candle of the request's symbols held long for {@code horizon} candles: what a signal must beat. */
@RegisterForReflection
@Schema(description = "Every scored candle of the symbols held long for the horizon: what a signal is compared with")
public record BaselineRow(
        @Schema(description = "Candles after the signal candle at which the return is measured")
        int horizon,

        @Schema(description = "Scored candles whose horizon has closed, all symbols")
        int count,

        @Schema(nullable = true, description = "Share of positive forward returns")
        Estimate hitRate,

        @Schema(nullable = true, description = "Mean forward return, a fraction of the close")
        Estimate meanReturn,

        @Schema(nullable = true, description = "Median forward return, a fraction of the close")
        Estimate medianReturn) {}

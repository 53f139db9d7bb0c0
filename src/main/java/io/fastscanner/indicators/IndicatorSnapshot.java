package io.fastscanner.indicators;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Values of every default indicator on one candle; null where the indicator has no value yet (JSON-friendly). */
public record IndicatorSnapshot(
        @Schema(nullable = true) Double ema9,
        @Schema(nullable = true) Double ema21,
        @Schema(nullable = true) Double ema50,
        @Schema(nullable = true) Double ema200,
        @Schema(nullable = true) Double sma20,
        @Schema(nullable = true) Double rsi14,
        @Schema(nullable = true) Double macd,
        @Schema(nullable = true) Double macdSignal,
        @Schema(nullable = true) Double macdHistogram,
        @Schema(nullable = true) Double atr14,
        @Schema(nullable = true) Double bbUpper,
        @Schema(nullable = true) Double bbMiddle,
        @Schema(nullable = true) Double bbLower,
        @Schema(nullable = true) Double adx14,
        @Schema(nullable = true) Double plusDi14,
        @Schema(nullable = true) Double minusDi14,
        @Schema(nullable = true) Double stochK,
        @Schema(nullable = true) Double stochD,
        @Schema(nullable = true) Double obv) {}

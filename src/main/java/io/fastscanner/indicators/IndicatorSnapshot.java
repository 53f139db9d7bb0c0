package io.fastscanner.indicators;

/** Values of every default indicator on one candle; null where the indicator has no value yet (JSON-friendly). */
public record IndicatorSnapshot(Double ema9, Double ema21, Double ema50, Double ema200, Double sma20, Double rsi14,
        Double macd, Double macdSignal, Double macdHistogram, Double atr14, Double bbUpper, Double bbMiddle,
        Double bbLower, Double adx14, Double plusDi14, Double minusDi14, Double stochK, Double stochD, Double obv) {
}

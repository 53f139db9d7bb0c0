package io.fastscanner.indicators;

/** Slow stochastic %K and %D (TA-Lib STOCH with SMA smoothing), aligned to the candles. */
public record Stochastic(double[] k, double[] d) {}

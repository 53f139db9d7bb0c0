package io.fastscanner.indicators;

/** Bollinger Bands (SMA middle, population standard deviation), aligned to the candles. */
public record Bollinger(double[] upper, double[] middle, double[] lower) {}

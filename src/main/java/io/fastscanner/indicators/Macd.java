package io.fastscanner.indicators;

/** MACD line (fast EMA - slow EMA), its signal EMA and the histogram (line - signal), aligned to the candles. */
public record Macd(double[] line, double[] signal, double[] histogram) {}

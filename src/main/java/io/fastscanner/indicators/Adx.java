package io.fastscanner.indicators;

/** Average directional index with its directional indicators +DI and -DI, aligned to the candles. */
public record Adx(double[] adx, double[] plusDi, double[] minusDi) {}

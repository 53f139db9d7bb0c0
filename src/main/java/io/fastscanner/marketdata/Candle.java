package io.fastscanner.marketdata;

/** One closed OHLCV candle. {@code volume} is the base-asset volume, as Binance reports it. */
public record Candle(long openTimeMs, double open, double high, double low, double close, double volume) {}

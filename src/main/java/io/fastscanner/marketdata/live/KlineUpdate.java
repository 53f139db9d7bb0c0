package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Candle;

/**
 * One candle as a stream pushed it: {@code stream} is the exchange's own name of the stream (as
 * {@link StreamProtocol#streamName} gives it), {@code closed} whether the exchange says the candle is final, and
 * {@code eventTimeMs} the exchange's time of the message (0 when the message carries none).
 */
public record KlineUpdate(String stream, Candle candle, boolean closed, long eventTimeMs) {}

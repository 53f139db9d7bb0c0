package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;

/**
 * A candle gathered field by field as a streaming parser meets them, in whatever order the exchange sends them.
 * {@link #candle()} fails, naming the field, when one of the six was not met.
 */
public final class PartialCandle {

    private long openTimeMs = Long.MIN_VALUE;
    private double open = Double.NaN;
    private double high = Double.NaN;
    private double low = Double.NaN;
    private double close = Double.NaN;
    private double volume = Double.NaN;
    private boolean closed;
    private long eventTimeMs;

    public void openTimeMs(long value) {
        openTimeMs = value;
    }

    public void open(double value) {
        open = value;
    }

    public void high(double value) {
        high = value;
    }

    public void low(double value) {
        low = value;
    }

    public void close(double value) {
        close = value;
    }

    public void volume(double value) {
        volume = value;
    }

    public void closed(boolean value) {
        closed = value;
    }

    public boolean closed() {
        return closed;
    }

    public void eventTimeMs(long value) {
        eventTimeMs = value;
    }

    public long eventTimeMs() {
        return eventTimeMs;
    }

    public Candle candle() {
        if (openTimeMs == Long.MIN_VALUE) {
            throw new MalformedAnswerException("candle without an open time");
        }
        require(open, "open");
        require(high, "high");
        require(low, "low");
        require(close, "close");
        require(volume, "volume");
        return new Candle(openTimeMs, open, high, low, close, volume);
    }

    /** The candle as an update of {@code stream}, its event time {@code fallbackEventTimeMs} when it has none. */
    public KlineUpdate update(String stream, long fallbackEventTimeMs) {
        return new KlineUpdate(stream, candle(), closed, eventTimeMs != 0 ? eventTimeMs : fallbackEventTimeMs);
    }

    private static void require(double value, String field) {
        if (Double.isNaN(value)) {
            throw new MalformedAnswerException("candle without " + field);
        }
    }
}

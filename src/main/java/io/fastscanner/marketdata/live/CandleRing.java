package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;

/**
 * The newest {@code capacity} closed candles of one series, oldest first, in primitive columns: hundreds of series of
 * hundreds of candles stay a few megabytes, and appending one candle allocates nothing. Not thread-safe.
 */
final class CandleRing {

    private final int capacity;
    private final long[] openTime;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private int start;
    private int size;

    CandleRing(int capacity) {
        this.capacity = capacity;
        openTime = new long[capacity];
        open = new double[capacity];
        high = new double[capacity];
        low = new double[capacity];
        close = new double[capacity];
        volume = new double[capacity];
    }

    int size() {
        return size;
    }

    int capacity() {
        return capacity;
    }

    void clear() {
        start = 0;
        size = 0;
    }

    /** Appends the newest candle, dropping the oldest when full. */
    void append(Candle candle) {
        int at;
        if (size < capacity) {
            at = (start + size) % capacity;
            size++;
        } else {
            at = start;
            start = (start + 1) % capacity;
        }
        openTime[at] = candle.openTimeMs();
        open[at] = candle.open();
        high[at] = candle.high();
        low[at] = candle.low();
        close[at] = candle.close();
        volume[at] = candle.volume();
    }

    /** The {@code i}-th candle, oldest first. */
    Candle get(int i) {
        int at = (start + i) % capacity;
        return new Candle(openTime[at], open[at], high[at], low[at], close[at], volume[at]);
    }

    long openTime(int i) {
        return openTime[(start + i) % capacity];
    }

    /** The open time of the newest candle; only when not empty. */
    long lastOpenTime() {
        return openTime(size - 1);
    }

    /** The index of the candle opened at {@code time}, or -1. */
    int indexOf(long time) {
        if (size == 0 || time < openTime(0) || time > lastOpenTime()) {
            return -1;
        }
        for (int i = size - 1; i >= 0; i--) {
            long t = openTime(i);
            if (t == time) {
                return i;
            }
            if (t < time) {
                return -1;
            }
        }
        return -1;
    }

    /** The newest {@code limit} candles as an immutable series marked as streamed. */
    CandleSeries toSeries(MarketSymbol symbol, Timeframe timeframe, int limit) {
        int n = Math.min(limit, size);
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            int at = (start + size - n + k) % capacity;
            t[k] = openTime[at];
            o[k] = open[at];
            h[k] = high[at];
            l[k] = low[at];
            c[k] = close[at];
            v[k] = volume[at];
        }
        return CandleSeries.streamed(symbol, timeframe, t, o, h, l, c, v);
    }
}

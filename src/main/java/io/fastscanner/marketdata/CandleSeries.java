package io.fastscanner.marketdata;

import java.util.Arrays;
import java.util.List;

/**
 * Closed candles of one symbol on one timeframe, oldest first, held column-wise so indicators can read them
 * without copying. Instances are immutable: the arrays are never handed out for writing.
 */
public final class CandleSeries {

    private final MarketSymbol symbol;
    private final Timeframe timeframe;
    private final long[] openTime;
    private final double[] open;
    private final double[] high;
    private final double[] low;
    private final double[] close;
    private final double[] volume;
    private final boolean streamed;

    private CandleSeries(
            MarketSymbol symbol,
            Timeframe timeframe,
            long[] openTime,
            double[] open,
            double[] high,
            double[] low,
            double[] close,
            double[] volume,
            boolean streamed) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.openTime = openTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.streamed = streamed;
    }

    public static CandleSeries of(MarketSymbol symbol, Timeframe timeframe, List<Candle> candles) {
        int n = candles.size();
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            Candle candle = candles.get(i);
            t[i] = candle.openTimeMs();
            o[i] = candle.open();
            h[i] = candle.high();
            l[i] = candle.low();
            c[i] = candle.close();
            v[i] = candle.volume();
        }
        return new CandleSeries(symbol, timeframe, t, o, h, l, c, v, false);
    }

    /** Columns taken over (not copied) from candles an exchange's stream pushed and this process kept in memory. */
    public static CandleSeries streamed(
            MarketSymbol symbol,
            Timeframe timeframe,
            long[] openTime,
            double[] open,
            double[] high,
            double[] low,
            double[] close,
            double[] volume) {
        return new CandleSeries(symbol, timeframe, openTime, open, high, low, close, volume, true);
    }

    /** Whether these candles come from an exchange's live stream held in memory, not from a request. */
    public boolean streamed() {
        return streamed;
    }

    /** The candles {@code [from, to)} of this series, sharing no arrays with it. */
    public CandleSeries slice(int from, int to) {
        return new CandleSeries(
                symbol,
                timeframe,
                Arrays.copyOfRange(openTime, from, to),
                Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to),
                Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to),
                Arrays.copyOfRange(volume, from, to),
                streamed);
    }

    /** The newest {@code count} candles (all of them if there are fewer). */
    public CandleSeries last(int count) {
        int n = size();
        return count >= n ? this : slice(n - count, n);
    }

    public MarketSymbol symbol() {
        return symbol;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    public int size() {
        return close.length;
    }

    public boolean isEmpty() {
        return close.length == 0;
    }

    public Candle candle(int i) {
        return new Candle(openTime[i], open[i], high[i], low[i], close[i], volume[i]);
    }

    public Candle lastCandle() {
        return candle(size() - 1);
    }

    /** Close time of the newest candle: its open time plus one interval. */
    public long lastCloseTimeMs() {
        return openTime[size() - 1] + timeframe.millis();
    }

    public long openTime(int i) {
        return openTime[i];
    }

    public double[] opens() {
        return open;
    }

    public double[] highs() {
        return high;
    }

    public double[] lows() {
        return low;
    }

    public double[] closes() {
        return close;
    }

    public double[] volumes() {
        return volume;
    }

    public long[] openTimes() {
        return openTime;
    }
}

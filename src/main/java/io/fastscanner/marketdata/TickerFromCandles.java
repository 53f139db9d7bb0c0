package io.fastscanner.marketdata;

/**
 * Derives 24 h ticker statistics from closed candles, for sources that have no ticker of their own: the last
 * close, the change against the open of the first candle of the 24 h window, and the quote volume approximated
 * as {@code sum(volume x typical price)}, typical price {@code (high + low + close) / 3}.
 */
public final class TickerFromCandles {

    private static final long DAY_MS = 86_400_000L;

    private TickerFromCandles() {}

    /** Statistics for the window ending at the close of the newest candle of {@code series} (non-empty). */
    public static Ticker24h of(CandleSeries series) {
        int n = series.size();
        long end = series.lastCloseTimeMs();
        long start = end - DAY_MS;
        int first = n - 1;
        while (first > 0 && series.openTime(first - 1) >= start) {
            first--;
        }
        double quoteVolume = 0;
        double[] h = series.highs();
        double[] l = series.lows();
        double[] c = series.closes();
        double[] v = series.volumes();
        for (int i = first; i < n; i++) {
            quoteVolume += v[i] * (h[i] + l[i] + c[i]) / 3.0;
        }
        double open = series.opens()[first];
        double last = c[n - 1];
        double change = open == 0 ? 0 : (last - open) / open * 100.0;
        return new Ticker24h(series.symbol(), last, change, quoteVolume, end);
    }
}

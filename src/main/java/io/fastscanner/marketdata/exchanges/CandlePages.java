package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.Timeframe;
import java.util.ArrayList;
import java.util.List;

/**
 * Which candle requests fetch the newest {@code limit} closed candles of a timeframe: the open times they cover, split
 * into pages of at most the exchange's rows per request. Pure; times are epoch milliseconds.
 *
 * @param fetched the interval requested from the exchange: the timeframe itself, or the finer one it is built from
 */
public record CandlePages(Timeframe fetched, List<Page> pages) {

    /** Candles of {@link #fetched()} with open times in {@code [fromOpenMs, toOpenMs]}, {@code rows} of them. */
    public record Page(long fromOpenMs, long toOpenMs, int rows) {}

    /**
     * @param timeframe     the timeframe wanted
     * @param fetched       the timeframe requested (the same, or a finer one that {@code timeframe} is built from)
     * @param limit         closed candles of {@code timeframe} wanted
     * @param nowMs         the current time: the candle open at it is still forming and not asked for
     * @param rowsPerPage   the most rows one request returns
     * @param reachableRows how many of the newest rows of {@code fetched} the exchange serves at all, forming included
     */
    public static CandlePages plan(
            Timeframe timeframe, Timeframe fetched, int limit, long nowMs, int rowsPerPage, int reachableRows) {
        long step = fetched.millis();
        long lastClosed = CandleAggregation.openOf(timeframe, nowMs) - timeframe.millis();
        long from = lastClosed - (long) (limit - 1) * timeframe.millis();
        long to = lastClosed + timeframe.millis() - step;
        if (reachableRows != Integer.MAX_VALUE) {
            long oldestReachable = CandleAggregation.openOf(fetched, nowMs) - (long) (reachableRows - 1) * step;
            from = Math.max(from, oldestReachable);
        }
        List<Page> pages = new ArrayList<>();
        for (long start = from; start <= to; start += (long) rowsPerPage * step) {
            long end = Math.min(to, start + (long) (rowsPerPage - 1) * step);
            pages.add(new Page(start, end, (int) ((end - start) / step) + 1));
        }
        return new CandlePages(fetched, List.copyOf(pages));
    }
}

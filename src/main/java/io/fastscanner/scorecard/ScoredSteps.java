package io.fastscanner.scorecard;

import java.util.Arrays;
import java.util.List;

/**
 * Which candles of each walked series are scored: from the walk's first step, with open times from {@code fromMs} to
 * {@code toMs} (both included). Candle times are numbered as steps of the timeframe from the earliest scored candle of
 * any series, so candles of different symbols at the same time share a step.
 */
final class ScoredSteps {

    private final int[] start;
    private final int[] end;
    private final long firstOpenMs;
    private final long lastOpenMs;
    private final long stepMs;
    private final long total;

    private ScoredSteps(int[] start, int[] end, long firstOpenMs, long lastOpenMs, long stepMs, long total) {
        this.start = start;
        this.end = end;
        this.firstOpenMs = firstOpenMs;
        this.lastOpenMs = lastOpenMs;
        this.stepMs = stepMs;
        this.total = total;
    }

    static ScoredSteps of(List<WalkedSeries> walks, long fromMs, long toMs) {
        int[] start = new int[walks.size()];
        int[] end = new int[walks.size()];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        long total = 0;
        long stepMs = walks.isEmpty() ? 1 : walks.get(0).candles().timeframe().millis();
        for (int w = 0; w < walks.size(); w++) {
            WalkedSeries walk = walks.get(w);
            long[] times = walk.candles().openTimes();
            start[w] = Math.max(walk.firstStep(), lowerBound(times, fromMs));
            end[w] = Math.max(start[w], lowerBound(times, toMs == Long.MAX_VALUE ? toMs : toMs + 1));
            if (end[w] > start[w]) {
                first = Math.min(first, times[start[w]]);
                last = Math.max(last, times[end[w] - 1]);
                total += end[w] - start[w];
            }
        }
        return new ScoredSteps(start, end, first, last, stepMs, total);
    }

    /** The first index whose open time is at least {@code timeMs}. */
    private static int lowerBound(long[] times, long timeMs) {
        int found = Arrays.binarySearch(times, timeMs);
        return found >= 0 ? found : -found - 1;
    }

    int start(int walk) {
        return start[walk];
    }

    /** One past the last scored index of the walk. */
    int end(int walk) {
        return end[walk];
    }

    int count(int walk) {
        return end[walk] - start[walk];
    }

    long total() {
        return total;
    }

    long firstOpenMs() {
        return firstOpenMs;
    }

    long lastOpenMs() {
        return lastOpenMs;
    }

    int step(WalkedSeries walk, int index) {
        return (int) ((walk.candles().openTimes()[index] - firstOpenMs) / stepMs);
    }

    int stepCount() {
        return total == 0 ? 0 : (int) ((lastOpenMs - firstOpenMs) / stepMs) + 1;
    }
}

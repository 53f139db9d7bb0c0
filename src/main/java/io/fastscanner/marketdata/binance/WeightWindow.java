package io.fastscanner.marketdata.binance;

/**
 * Request weight used in fixed windows aligned like Binance's (a 1-minute window starts at each UTC minute).
 * Pure bookkeeping, no waiting: {@link #tryReserve} says how long to wait when a request does not fit.
 *
 * <p>A request reserved within {@code margin} of the end of a window may reach Binance in the next one, so it is
 * counted in both: it is only sent when it fits into both. Usage reported by Binance for a window
 * ({@code X-MBX-USED-WEIGHT-1M}) replaces ours when it is higher (other processes on the same IP, restarts).
 * Thread-safe.
 */
final class WeightWindow {

    private final int budget;
    private final long windowMs;
    private final long marginMs;
    private long start = Long.MIN_VALUE;
    private int used;
    private int usedInNext;

    WeightWindow(int budget, long windowMs, long marginMs) {
        if (budget < 1 || windowMs < 1 || marginMs < 0 || marginMs >= windowMs) {
            throw new IllegalArgumentException("budget and window must be positive, margin shorter than the window");
        }
        this.budget = budget;
        this.windowMs = windowMs;
        this.marginMs = marginMs;
    }

    /**
     * Reserves {@code weight} at {@code nowMs} when it fits (a weight above the whole budget fits an empty window).
     *
     * @return the start of the window the request was counted in, or {@code -(milliseconds to wait)} when it
     *         does not fit now
     */
    synchronized long tryReserve(int weight, long nowMs) {
        roll(nowMs);
        int w = Math.min(weight, budget);
        boolean nearEnd = nowMs >= start + windowMs - marginMs;
        if (used + w > budget || nearEnd && usedInNext + w > budget) {
            return -Math.max(1, start + windowMs - nowMs);
        }
        used += w;
        if (nearEnd) {
            usedInNext += w;
        }
        return start;
    }

    /** Binance's count for the window that started at {@code windowStart}; ignored once that window is over. */
    synchronized void reportUsed(long windowStart, int usedByExchange, long nowMs) {
        roll(nowMs);
        if (windowStart == start) {
            used = Math.max(used, usedByExchange);
        }
    }

    /** Weight counted in the window containing {@code nowMs}. */
    synchronized int used(long nowMs) {
        roll(nowMs);
        return used;
    }

    int budget() {
        return budget;
    }

    synchronized void clear() {
        start = Long.MIN_VALUE;
        used = 0;
        usedInNext = 0;
    }

    private void roll(long nowMs) {
        long current = Math.floorDiv(nowMs, windowMs) * windowMs;
        if (current > start) {
            used = current == start + windowMs ? usedInNext : 0;
            usedInNext = 0;
            start = current;
        }
    }
}

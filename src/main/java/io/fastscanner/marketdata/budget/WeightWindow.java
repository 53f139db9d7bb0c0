package io.fastscanner.marketdata.budget;

/**
 * Request weight used in fixed windows aligned like the exchanges' (a 1-minute window starts at each UTC minute).
 * Pure bookkeeping, no waiting: {@link #tryReserve} says how long to wait when a request does not fit. This is the
 * window of {@link LocalRequestBudget}; {@link RedisRequestBudget} applies the same rules to counts in Redis.
 *
 * <p>Our clock and the exchange's differ a little, so a window's edges are uncertain by {@code margin}. A request
 * reserved within {@code margin} of the end of a window may reach the exchange in the next one, so it is counted in
 * both: it is only sent when it fits into both. Usage reported by the exchange (Binance's
 * {@code X-MBX-USED-WEIGHT-1M}) replaces ours when it is higher (other processes on the same IP, restarts), except
 * for a request reserved within {@code margin} of the start of a window: it may have reached the exchange's previous
 * window, whose count would block ours for a whole window. The requests that follow it report the new window's
 * count. Thread-safe.
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
     * @return {@code nowMs}, the time the request was counted at (for {@link #reportUsed}), or
     *         {@code -(milliseconds to wait)} when it does not fit now
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
        return nowMs;
    }

    /**
     * Binance's count in the answer to a request reserved at {@code reservedAtMs}; ignored once that request's window
     * is over, and for a request reserved in the first {@code margin} of its window.
     */
    synchronized void reportUsed(long reservedAtMs, int usedByExchange, long nowMs) {
        roll(nowMs);
        long reservedIn = Math.floorDiv(reservedAtMs, windowMs) * windowMs;
        if (reservedIn == start && reservedAtMs >= start + marginMs) {
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

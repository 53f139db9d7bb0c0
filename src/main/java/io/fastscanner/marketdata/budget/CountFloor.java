package io.fastscanner.marketdata.budget;

/**
 * The least the shared count of the current window can be, from what Redis last answered this replica: counts only
 * grow within a window, so an exchange's count at or below it would change nothing, and need not be sent.
 */
final class CountFloor {

    private long windowStart = Long.MIN_VALUE;
    private long count;

    /** Redis said the window starting at {@code start} counted {@code seen}. */
    synchronized void saw(long start, long seen) {
        if (start > windowStart) {
            windowStart = start;
            count = seen;
        } else if (start == windowStart) {
            count = Math.max(count, seen);
        }
    }

    /** True when the window starting at {@code start} is known to count {@code reported} or more already. */
    synchronized boolean covers(long start, long reported) {
        return start == windowStart && reported <= count;
    }

    /** The counts were deleted ({@link RequestBudget#clear}). */
    synchronized void forget() {
        windowStart = Long.MIN_VALUE;
        count = 0;
    }
}

package io.fastscanner.bench;

import java.time.Clock;

/**
 * The simulated exchange's request-weight limit: weight counted per UTC minute, like Binance's; a request that would
 * take the minute past the limit is refused (429) with the seconds to the next minute, and adds no weight.
 */
final class SimulatedWeightLimit {

    private static final long WINDOW_MS = 60_000;

    /** What one request got: the weight used in its minute after it, and {@code Retry-After} when refused. */
    record Decision(int usedWeight, String retryAfterSeconds) {

        boolean refused() {
            return retryAfterSeconds != null;
        }
    }

    private final Clock clock;
    private final int limit;
    private long window = Long.MIN_VALUE;
    private int used;
    private int peak;

    SimulatedWeightLimit(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    synchronized Decision take(int weight) {
        long now = clock.millis();
        long w = Math.floorDiv(now, WINDOW_MS);
        if (w != window) {
            window = w;
            used = 0;
        }
        if (used + weight > limit) {
            long msLeft = (w + 1) * WINDOW_MS - now;
            return new Decision(used, Long.toString(Math.max(1, (msLeft + 999) / 1000)));
        }
        used += weight;
        peak = Math.max(peak, used);
        return new Decision(used, null);
    }

    /** The highest weight any minute reached since the last reset. */
    synchronized int peak() {
        return peak;
    }

    /** Forgets the current minute's weight and the peak. */
    synchronized void reset() {
        window = Long.MIN_VALUE;
        used = 0;
        peak = 0;
    }
}

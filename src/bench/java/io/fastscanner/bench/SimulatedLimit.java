package io.fastscanner.bench;

import java.time.Clock;

/**
 * One request limit of a simulated exchange: at most {@code limit} weight per window of {@code windowMs} (an exchange
 * that counts requests gives each a weight of 1). Windows are either aligned to the epoch, as Binance's UTC minute and
 * the windows of most exchanges, or start at the first request after the previous window ended (KuCoin: "starting
 * from the arrival time of the user's first request"). A request that would take the window past the limit is
 * refused and adds no weight.
 */
final class SimulatedLimit {

    /** What one request got: the weight used in its window after it, and whether it was refused. */
    record Decision(int usedWeight, boolean refused, long msToReset) {

        /** {@code Retry-After}: whole seconds to the next window, for a refused request; null otherwise. */
        String retryAfterSeconds() {
            return refused ? Long.toString(Math.max(1, (msToReset + 999) / 1000)) : null;
        }
    }

    private final Clock clock;
    private final int limit;
    private final long windowMs;
    private final boolean fromFirstRequest;
    private long window = Long.MIN_VALUE;
    private int used;
    private int peak;

    SimulatedLimit(Clock clock, int limit, long windowMs, boolean fromFirstRequest) {
        if (limit < 1 || windowMs < 1) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.clock = clock;
        this.limit = limit;
        this.windowMs = windowMs;
        this.fromFirstRequest = fromFirstRequest;
    }

    /** Windows aligned to the epoch. */
    static SimulatedLimit aligned(Clock clock, int limit, long windowMs) {
        return new SimulatedLimit(clock, limit, windowMs, false);
    }

    int limit() {
        return limit;
    }

    long windowMs() {
        return windowMs;
    }

    synchronized Decision take(int weight) {
        long now = clock.millis();
        roll(now);
        long msLeft = window + windowMs - now;
        if (used + weight > limit) {
            return new Decision(used, true, msLeft);
        }
        used += weight;
        peak = Math.max(peak, used);
        return new Decision(used, false, msLeft);
    }

    private void roll(long now) {
        if (fromFirstRequest) {
            if (window == Long.MIN_VALUE || now >= window + windowMs) {
                window = now;
                used = 0;
            }
            return;
        }
        long start = Math.floorDiv(now, windowMs) * windowMs;
        if (start != window) {
            window = start;
            used = 0;
        }
    }

    /** The highest weight any window reached since the last reset. */
    synchronized int peak() {
        return peak;
    }

    /** Forgets the current window's weight and the peak. */
    synchronized void reset() {
        window = Long.MIN_VALUE;
        used = 0;
        peak = 0;
    }
}

package io.fastscanner.bench;

import java.time.Clock;
import java.util.ArrayDeque;

/**
 * One request limit of a simulated exchange: at most {@code limit} weight per window of {@code windowMs} (an exchange
 * that counts requests gives each a weight of 1). A request that would take the window past the limit is refused and
 * adds no weight. The window is one of:
 * <ul>
 * <li>{@link Mode#ALIGNED}: fixed windows aligned to the epoch, as Binance's UTC minute;</li>
 * <li>{@link Mode#FROM_FIRST_REQUEST}: fixed windows, each starting at the first request after the previous one ended
 * (KuCoin: "starting from the arrival time of the user's first request");</li>
 * <li>{@link Mode#SLIDING}: any window of that length (Bybit: "No more than 600 requests are allowed in any 5-second
 * window").</li>
 * </ul>
 */
final class SimulatedLimit {

    enum Mode {
        ALIGNED,
        FROM_FIRST_REQUEST,
        SLIDING
    }

    /** What one request got: the weight used in its window after it, whether it was refused, ms to room. */
    record Decision(int usedWeight, boolean refused, long msToReset) {

        /** {@code Retry-After}: whole seconds to the next window, for a refused request; null otherwise. */
        String retryAfterSeconds() {
            return refused ? Long.toString(Math.max(1, (msToReset + 999) / 1000)) : null;
        }
    }

    private final Clock clock;
    private final int limit;
    private final long windowMs;
    private final Mode mode;
    private final ArrayDeque<long[]> recent = new ArrayDeque<>(); // SLIDING: {time, weight}
    private long window = Long.MIN_VALUE;
    private int used;
    private int peak;

    SimulatedLimit(Clock clock, int limit, long windowMs, Mode mode) {
        if (limit < 1 || windowMs < 1) {
            throw new IllegalArgumentException("limit and window must be positive");
        }
        this.clock = clock;
        this.limit = limit;
        this.windowMs = windowMs;
        this.mode = mode;
    }

    /** Windows aligned to the epoch. */
    static SimulatedLimit aligned(Clock clock, int limit, long windowMs) {
        return new SimulatedLimit(clock, limit, windowMs, Mode.ALIGNED);
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
        long msLeft = mode == Mode.SLIDING
                ? (recent.isEmpty() ? windowMs : recent.peekFirst()[0] + windowMs - now)
                : window + windowMs - now;
        if (used + weight > limit) {
            return new Decision(used, true, msLeft);
        }
        used += weight;
        if (mode == Mode.SLIDING) {
            recent.addLast(new long[] {now, weight});
        }
        peak = Math.max(peak, used);
        return new Decision(used, false, msLeft);
    }

    private void roll(long now) {
        switch (mode) {
            case SLIDING -> {
                while (!recent.isEmpty() && recent.peekFirst()[0] <= now - windowMs) {
                    used -= (int) recent.pollFirst()[1];
                }
            }
            case FROM_FIRST_REQUEST -> {
                if (window == Long.MIN_VALUE || now >= window + windowMs) {
                    window = now;
                    used = 0;
                }
            }
            case ALIGNED -> {
                long start = Math.floorDiv(now, windowMs) * windowMs;
                if (start != window) {
                    window = start;
                    used = 0;
                }
            }
        }
    }

    /** The highest weight any window reached since the last reset. */
    synchronized int peak() {
        return peak;
    }

    /** Forgets the current window's weight and the peak. */
    synchronized void reset() {
        recent.clear();
        window = Long.MIN_VALUE;
        used = 0;
        peak = 0;
    }
}

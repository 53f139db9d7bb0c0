package io.fastscanner.marketdata.synthetic;

import java.util.Arrays;

/**
 * Sudden repricings of one symbol: in each six-hour slot a jump happens with a small probability, at a minute
 * inside the slot. A jump moves the log price at once and then fades away over days (pumps bleed back), and
 * it inflates volatility for the following hours. Built for a time range, because finding the jumps that
 * still matter at an instant means looking back over weeks of slots.
 */
final class JumpSchedule {

    private static final long MINUTE_MS = 60_000L;
    private static final long HOUR_MS = 60 * MINUTE_MS;
    private static final long DAY_MS = 24 * HOUR_MS;
    private static final long SLOT_MS = 6 * HOUR_MS;
    private static final double JUMP_PROBABILITY = 0.012;
    private static final double UP_PROBABILITY = 0.55;
    private static final long MIN_DECAY_MS = DAY_MS;
    private static final long DECAY_SPREAD_MS = 4 * DAY_MS;
    private static final long BURST_DECAY_MS = 12 * HOUR_MS;
    private static final double BURST_SIZE = 1.5;
    /** Twelve burst decay times: later bursts are ignored. */
    private static final long BURST_HORIZON_MS = 12 * BURST_DECAY_MS;
    /** Eight times the slowest decay: what is left of a jump after that is negligible, so it is dropped. */
    static final long HORIZON_MS = 40 * DAY_MS;

    private static final long OCCURS = 200;
    private static final long MINUTE = 201;
    private static final long SIZE = 202;
    private static final long DIRECTION = 203;
    private static final long DECAY = 204;

    private final long[] times;
    private final double[] sizes;
    private final double[] decayMs;

    /** The jumps that affect any instant in {@code [fromMs, toMs]}. */
    JumpSchedule(SymbolProfile profile, long fromMs, long toMs) {
        long key = profile.key();
        long firstSlot = Math.floorDiv(fromMs - HORIZON_MS, SLOT_MS);
        long lastSlot = Math.floorDiv(toMs, SLOT_MS);
        int capacity = 0;
        long[] t = new long[8];
        double[] s = new double[8];
        double[] d = new double[8];
        for (long slot = firstSlot; slot <= lastSlot; slot++) {
            if (CounterBasedRandom.uniform(key, OCCURS, slot) >= JUMP_PROBABILITY) {
                continue;
            }
            if (capacity == t.length) {
                t = Arrays.copyOf(t, capacity * 2);
                s = Arrays.copyOf(s, capacity * 2);
                d = Arrays.copyOf(d, capacity * 2);
            }
            long minute = (long) (CounterBasedRandom.uniform(key, MINUTE, slot) * (SLOT_MS / MINUTE_MS));
            double magnitude =
                    profile.dailyVolatility() * (1.0 - 2.0 * Math.log(CounterBasedRandom.uniform(key, SIZE, slot)));
            boolean up = CounterBasedRandom.uniform(key, DIRECTION, slot) < UP_PROBABILITY;
            t[capacity] = slot * SLOT_MS + minute * MINUTE_MS;
            s[capacity] = up ? magnitude : -magnitude;
            d[capacity] = MIN_DECAY_MS + CounterBasedRandom.uniform(key, DECAY, slot) * DECAY_SPREAD_MS;
            capacity++;
        }
        times = Arrays.copyOf(t, capacity);
        sizes = Arrays.copyOf(s, capacity);
        decayMs = Arrays.copyOf(d, capacity);
    }

    /** The part of the log price still owed to past jumps at {@code timeMs}. */
    double logOffset(long timeMs) {
        double offset = 0;
        for (int i = firstAfter(timeMs - HORIZON_MS); i < times.length && times[i] <= timeMs; i++) {
            offset += sizes[i] * Math.exp(-(timeMs - times[i]) / decayMs[i]);
        }
        return offset;
    }

    /** Factor (at least 1) by which recent jumps inflate volatility at {@code timeMs}. */
    double volatilityBoost(long timeMs) {
        double boost = 1;
        for (int i = firstAfter(timeMs - BURST_HORIZON_MS); i < times.length && times[i] <= timeMs; i++) {
            boost += BURST_SIZE * Math.exp(-(double) (timeMs - times[i]) / BURST_DECAY_MS);
        }
        return boost;
    }

    private int firstAfter(long timeMs) {
        if (times.length == 0 || times[times.length - 1] <= timeMs) {
            return times.length;
        }
        int i = Arrays.binarySearch(times, timeMs + 1);
        return i >= 0 ? i : -i - 1;
    }
}

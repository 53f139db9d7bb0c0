package io.fastscanner.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * A clock that reads another one, except on a thread that {@linkplain #at pinned} it to a fixed instant for the
 * duration of a call. The synthetic market computes its closed candles from its clock's now: pinned, it gives the
 * candles as they are (or will be) at any time, which is how the simulator knows a candle before it closes.
 */
final class PinnedClock extends Clock {

    private final Clock base;
    private final ThreadLocal<Long> pinned = new ThreadLocal<>();

    PinnedClock(Clock base) {
        this.base = base;
    }

    /** Runs {@code call} with this clock at {@code epochMs} on the calling thread. */
    <T> T at(long epochMs, Supplier<T> call) {
        Long before = pinned.get();
        pinned.set(epochMs);
        try {
            return call.get();
        } finally {
            if (before == null) {
                pinned.remove();
            } else {
                pinned.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Long at = pinned.get();
        return at == null ? base.instant() : Instant.ofEpochMilli(at);
    }

    @Override
    public long millis() {
        Long at = pinned.get();
        return at == null ? base.millis() : at;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a pinned clock keeps its zone");
    }
}

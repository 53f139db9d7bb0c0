package io.fastscanner.time;

import java.time.Clock;

/**
 * Hands out strictly increasing {@link TimeId}s: the clock's milliseconds, and a sequence for ids issued within the
 * same millisecond. Should the clock step back, the last millisecond is kept, so the ids still increase.
 */
public final class TimeIdSequence {

    private final Clock clock;
    private final long startedAtMillis;
    private long lastMillis;
    private long sequence;

    public TimeIdSequence(Clock clock) {
        this.clock = clock;
        this.startedAtMillis = clock.millis();
        this.lastMillis = startedAtMillis;
        this.sequence = -1; // the first id is (startedAt, 0) unless the clock has moved on
    }

    public synchronized TimeId next() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            sequence = 0;
        } else {
            sequence++;
        }
        return new TimeId(lastMillis, sequence);
    }

    /** Every id this sequence issues is at least this one: an earlier id was issued before it existed. */
    public TimeId first() {
        return new TimeId(startedAtMillis, 0);
    }
}

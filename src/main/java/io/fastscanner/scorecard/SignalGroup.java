package io.fastscanner.scorecard;

import io.fastscanner.signal.SignalType;

/** Signals of one type measured together for their side: a {@link Bucket} or an {@link OpportunityBucket}. */
interface SignalGroup {

    SignalType signal();

    /** +1 for a group measured long, -1 for SELL, measured short. */
    default double side() {
        return signal() == SignalType.SELL ? -1 : 1;
    }

    /** The range of the score that groups the signals, as the answer writes it, e.g. {@code 30-49}. */
    String range();

    /** How a sentence names the group, e.g. {@code BUY 30-49}. */
    String label();
}

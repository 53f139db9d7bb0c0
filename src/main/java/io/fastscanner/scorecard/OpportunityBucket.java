package io.fastscanner.scorecard;

import io.fastscanner.signal.SignalType;
import java.util.List;

/**
 * A BUY or SELL signal with its deep analysis' opportunity score in a range. The ranges are fixed, the same for both
 * sides: below 40 a weak setup, 40-59 ordinary, 60-79 good, 80 and up strong. HOLD signals have no opportunity bucket
 * (they are in the baseline only).
 *
 * @param opportunity the range as written in the answer, e.g. {@code 60-79}
 */
public record OpportunityBucket(SignalType signal, String opportunity, int min, int max) implements SignalGroup {

    public static final List<OpportunityBucket> ALL = List.of(
            new OpportunityBucket(SignalType.BUY, "0-39", 0, 39),
            new OpportunityBucket(SignalType.BUY, "40-59", 40, 59),
            new OpportunityBucket(SignalType.BUY, "60-79", 60, 79),
            new OpportunityBucket(SignalType.BUY, "80-100", 80, 100),
            new OpportunityBucket(SignalType.SELL, "0-39", 0, 39),
            new OpportunityBucket(SignalType.SELL, "40-59", 40, 59),
            new OpportunityBucket(SignalType.SELL, "60-79", 60, 79),
            new OpportunityBucket(SignalType.SELL, "80-100", 80, 100));

    /** Index in {@link #ALL} of a signal with opportunity score {@code score}; -1 for HOLD or without a score. */
    public static int indexOf(SignalType signal, double score) {
        if (signal == SignalType.HOLD || Double.isNaN(score)) {
            return -1;
        }
        for (int b = 0; b < ALL.size(); b++) {
            OpportunityBucket bucket = ALL.get(b);
            if (bucket.signal == signal && score >= bucket.min && score <= bucket.max) {
                return b;
            }
        }
        throw new IllegalArgumentException("no opportunity bucket holds " + signal + " of score " + score);
    }

    @Override
    public String range() {
        return opportunity;
    }

    /** e.g. {@code BUY opportunity 60-79}. */
    @Override
    public String label() {
        return signal + " opportunity " + opportunity;
    }
}

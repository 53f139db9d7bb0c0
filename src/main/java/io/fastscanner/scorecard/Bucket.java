package io.fastscanner.scorecard;

import io.fastscanner.signal.SignalType;
import java.util.List;

/**
 * A signal type and a range of strengths. The BUY and SELL ranges were chosen from the bundled year's distribution
 * (1h: strengths 13 to 80, most between 17 and 70) so that none is empty there; HOLD (strength at most 10) is one
 * bucket, measured long.
 *
 * @param strength the range as written in the answer, e.g. {@code 30-49}
 */
public record Bucket(SignalType signal, String strength, int min, int max) implements SignalGroup {

    public static final List<Bucket> ALL = List.of(
            new Bucket(SignalType.BUY, "10-29", 10, 29),
            new Bucket(SignalType.BUY, "30-49", 30, 49),
            new Bucket(SignalType.BUY, "50-69", 50, 69),
            new Bucket(SignalType.BUY, "70-100", 70, 100),
            new Bucket(SignalType.SELL, "10-29", 10, 29),
            new Bucket(SignalType.SELL, "30-49", 30, 49),
            new Bucket(SignalType.SELL, "50-69", 50, 69),
            new Bucket(SignalType.SELL, "70-100", 70, 100),
            new Bucket(SignalType.HOLD, "0-10", 0, 10));

    /** Index in {@link #ALL} of the bucket of a signal; every signal the vote model gives has one. */
    public static int indexOf(SignalType signal, int strength) {
        for (int b = 0; b < ALL.size(); b++) {
            Bucket bucket = ALL.get(b);
            if (bucket.signal == signal && strength >= bucket.min && strength <= bucket.max) {
                return b;
            }
        }
        throw new IllegalArgumentException("no bucket holds " + signal + " of strength " + strength);
    }

    @Override
    public String range() {
        return strength;
    }

    /** e.g. {@code BUY 30-49}. */
    @Override
    public String label() {
        return signal + " " + strength;
    }
}

package io.fastscanner.scorecard;

/**
 * When a bucket is judged and how strictly.
 *
 * @param minSignals   a bucket with fewer signals is {@code too_few} and not tested
 * @param significance the two-sided level of the family of comparisons, held by the Holm correction
 */
public record ScoringRules(int minSignals, double significance) {

    public ScoringRules {
        if (minSignals < 1 || !(significance > 0 && significance < 1)) {
            throw new IllegalArgumentException("minSignals must be at least 1 and significance in (0, 1)");
        }
    }
}

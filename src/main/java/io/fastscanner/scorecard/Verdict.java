package io.fastscanner.scorecard;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a bucket's comparison with the baseline says, after the Holm correction. */
public enum Verdict {
    /** Significantly better than the baseline for its side. */
    EDGE,
    /** Significantly worse than the baseline for its side. */
    WORSE,
    /** No significant difference. */
    NO_EDGE,
    /** Fewer signals than {@code scanner.scorecard.min-signals}: not tested. */
    TOO_FEW;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}

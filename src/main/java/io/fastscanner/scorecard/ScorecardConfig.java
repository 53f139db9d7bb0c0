package io.fastscanner.scorecard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** {@code scanner.scorecard.*}: how signals' outcomes are kept and scored. */
@ConfigMapping(prefix = "scanner.scorecard")
public interface ScorecardConfig {

    /** Candles of the signal's timeframe after which an outcome is measured (1, 4 and 24 by default). */
    @WithDefault("1,4,24")
    List<Integer> horizons();

    /** Most live signals kept; the oldest are dropped first. */
    @WithDefault("100000")
    int maxSignals();

    /** Live signals older than this are dropped, measured or not. */
    @WithDefault("30d")
    Duration retention();

    /** How often the outcomes of live signals whose horizon has passed are measured. */
    @WithDefault("1m")
    Duration measureEvery();

    /** A bucket with fewer signals than this gets no verdict ({@code too_few}). */
    @WithDefault("30")
    int minSignals();

    /** The two-sided significance level of the comparisons with the baseline, before the Holm correction. */
    @WithDefault("0.05")
    double significance();
}

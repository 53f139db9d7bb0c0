package io.fastscanner.scorecard;

/**
 * A scorecard with the data it was computed on.
 *
 * @param computedMs how long the computation took when it ran (a cached answer keeps its first time)
 */
public record ComputedScorecard(ScorecardData data, Scorecard scorecard, long computedMs) {}

package io.fastscanner.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Worked examples of the scorecard's statistics, computed by hand. */
class ScorecardStatisticsTest {

    private static final double[] RETURNS = {0.01, 0.03, -0.02, 0.02};
    private static final int[] ONE_PER_STEP = {0, 1, 2, 3};

    @Test
    void hacVarianceSumsEachStepFirstThenCountsTheOverlappingLags() {
        int[] steps = {0, 0, 1, 2};
        double[] terms = {1, 2, -1, 0.5};
        // Z = (3, -1, 0.5); lag 0: 9 + 1 + 0.25 = 10.25; lag 1 sum: 3 x -1 + -1 x 0.5 = -3.5; lag 2 sum: 3 x 0.5 = 1.5
        assertThat(Hac.variance(steps, terms, 4, 3, 1)).isCloseTo(10.25, within(1e-12));
        // horizon 2: lag 1 counts fully, 10.25 + 2 x -3.5
        assertThat(Hac.variance(steps, terms, 4, 3, 2)).isCloseTo(3.25, within(1e-12));
        // horizon 3: lags 1 and 2, 10.25 - 7 + 3
        assertThat(Hac.variance(steps, terms, 4, 3, 3)).isCloseTo(6.25, within(1e-12));
    }

    @Test
    void whenTheUniformWeightsGiveNoPositiveVarianceTheBartlettWeightsDo() {
        int[] steps = {0, 1, 2};
        double[] terms = {1, -1, 1};
        // Z = (1, -1, 1): lag 0: 3; lag 1 sum: -2; lag 2 sum: 1
        // horizon 2: uniform 3 - 4 = -1 is not a variance; Bartlett 3 + 2 x 1/2 x -2 = 1
        assertThat(Hac.variance(steps, terms, 3, 3, 2)).isCloseTo(1.0, within(1e-12));
        // horizon 3: uniform 3 - 4 + 2 = 1
        assertThat(Hac.variance(steps, terms, 3, 3, 3)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void theMeansIntervalComesFromTheHacStandardError() {
        // mean 0.01; residuals / n = (0, 0.005, -0.0075, 0.0025): variance 8.75e-5 with one return per step
        Estimate mean = new Sample(RETURNS, ONE_PER_STEP, 4, 1).meanReturn();
        assertThat(mean.value()).isCloseTo(0.01, within(1e-15));
        assertThat(mean.low()).isCloseTo(-0.008333784301412952, within(1e-12));
        assertThat(mean.high()).isCloseTo(0.02833378430141295, within(1e-12));
        // over 2 candles: lag-1 products sum to -5.625e-5; counted fully the variance would be negative (-2.5e-5),
        // so the Bartlett weight 1/2 counts them: 8.75e-5 - 5.625e-5 = 3.125e-5
        Estimate overlapping = new Sample(RETURNS, ONE_PER_STEP, 4, 2).meanReturn();
        assertThat(overlapping.high() - overlapping.value())
                .isCloseTo(Normal.Z_95 * Math.sqrt(3.125e-5), within(1e-12));
    }

    @Test
    void returnsAtTheSameTimeAreNotCountedAsIndependent() {
        // four symbols moving together at one candle time: the residuals sum to zero within the step, as they
        // would if they were one return; a naive standard error would be sqrt(8.75e-5)
        Estimate mean = new Sample(RETURNS, new int[] {0, 0, 0, 0}, 1, 1).meanReturn();
        assertThat(mean.low()).isEqualTo(mean.value());
        assertThat(mean.high()).isEqualTo(mean.value());
    }

    @Test
    void hitRateAndMedian() {
        Sample sample = new Sample(RETURNS, ONE_PER_STEP, 4, 1);
        assertThat(sample.hitRate().value()).isEqualTo(0.75);
        Estimate median = sample.medianReturn();
        assertThat(median.value()).isCloseTo(0.015, within(1e-15));
        // four returns: the interval reaches the extreme order statistics
        assertThat(median.low()).isEqualTo(-0.02);
        assertThat(median.high()).isEqualTo(0.03);
    }

    @Test
    void theMedianIntervalOfManyIndependentReturnsIsTheTextbookOne() {
        int n = 400;
        double[] returns = new double[n];
        int[] steps = new int[n];
        for (int i = 0; i < n; i++) {
            returns[i] = ((i * 7919) % n) / (double) n; // 0, 1/n, ..., (n-1)/n in a scrambled order
            steps[i] = i;
        }
        Estimate median = new Sample(returns, steps, n, 1).medianReturn();
        // ranks n/2 -+ 1.96 sqrt(n)/2 = 200 -+ 19.6: order statistics 180 and 219 (0-based)
        assertThat(median.low()).isCloseTo(180.0 / n, within(1.5 / n));
        assertThat(median.high()).isCloseTo(219.0 / n, within(1.5 / n));
    }

    @Test
    void theDifferenceFromTheBaselineUsesEachGroupsOwnResiduals() {
        // bucket = returns 0.03 and 0.02: mean 0.025 against 0.01 for all, D = 0.015; the rest's mean is -0.005.
        // c = +-1/4; c x u = (-0.00375, 0.00125, 0.00375, -0.00125): variance 3.125e-5, z = 2.683
        Sample.Comparison comparison =
                new Sample(RETURNS, ONE_PER_STEP, 4, 1).differenceOf(new boolean[] {false, true, false, true});
        assertThat(comparison.difference().value()).isCloseTo(0.015, within(1e-15));
        assertThat(comparison.difference().high() - 0.015).isCloseTo(Normal.Z_95 * Math.sqrt(3.125e-5), within(1e-12));
        assertThat(comparison.pValue()).isCloseTo(0.007290358091535644, within(1e-8));
    }

    @Test
    void normalTail() {
        assertThat(Normal.twoSidedP(0)).isCloseTo(1.0, within(1e-7));
        assertThat(Normal.twoSidedP(Normal.Z_95)).isCloseTo(0.05, within(1e-8));
        assertThat(Normal.twoSidedP(-2.5758293035489)).isCloseTo(0.01, within(1e-8));
    }

    @Test
    void holmTestsTheSmallestPValueFirstAndStopsAtTheFirstFailure() {
        // sorted: 0.005 <= 0.05/4, 0.01 <= 0.05/3, 0.03 > 0.05/2: stop, 0.04 is not significant either
        assertThat(Holm.significant(new double[] {0.01, 0.04, 0.03, 0.005}, 0.05))
                .containsExactly(true, false, false, true);
        // 0.04 alone would pass; after a failure nothing larger does
        assertThat(Holm.significant(new double[] {0.04}, 0.05)).containsExactly(true);
        assertThat(Holm.significant(new double[] {0.02, 0.04}, 0.05)).containsExactly(true, true);
        assertThat(Holm.significant(new double[] {0.03, 0.04}, 0.05)).containsExactly(false, false);
    }
}

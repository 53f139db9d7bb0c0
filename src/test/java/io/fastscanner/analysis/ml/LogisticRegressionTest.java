package io.fastscanner.analysis.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    void unpenalisedFitOfOneBinaryFeatureReproducesTheGroupFrequencies() {
        // Hand-derived: with one 0/1 feature and no penalty the maximum-likelihood fit predicts each group's
        // frequency of ones: 3 of 10 for x = 0, 8 of 10 for x = 1.
        double[][] x = new double[20][];
        int[] y = new int[20];
        for (int i = 0; i < 10; i++) {
            x[i] = new double[] {0};
            y[i] = i < 3 ? 1 : 0;
            x[10 + i] = new double[] {1};
            y[10 + i] = i < 8 ? 1 : 0;
        }
        LogisticRegression model = LogisticRegression.fit(x, y, 0.0, 50, 1e-10);
        assertThat(model.converged()).isTrue();
        assertThat(model.probability(new double[] {0})).isCloseTo(0.3, within(1e-9));
        assertThat(model.probability(new double[] {1})).isCloseTo(0.8, within(1e-9));
        assertThat(model.rawIntercept()).isCloseTo(logit(0.3), within(1e-8));
        assertThat(model.rawCoefficients()[0]).isCloseTo(Math.log(28.0 / 3.0), within(1e-8));
        // standardised: mean 0.5, population std 0.5
        assertThat(model.means()).containsExactly(0.5);
        assertThat(model.scales()).containsExactly(0.5);
        assertThat(model.coefficients()[0]).isCloseTo(0.5 * Math.log(28.0 / 3.0), within(1e-8));
    }

    @Test
    void recoversKnownCoefficientsOnSimulatedLogisticData() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 50_000;
        double[][] x = new double[n][3];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            x[i][0] = 1 + 2 * SyntheticCandles.gaussian(random);
            x[i][1] = 0.5 * SyntheticCandles.gaussian(random);
            x[i][2] = 10 + 3 * SyntheticCandles.gaussian(random); // unrelated to y
            double z = -0.5 + 0.8 * x[i][0] - 1.5 * x[i][1];
            y[i] = random.nextDouble() < LogisticRegression.sigmoid(z) ? 1 : 0;
        }
        LogisticRegression model = LogisticRegression.fit(x, y, 1.0, 50, 1e-8);
        assertThat(model.converged()).isTrue();
        assertThat(model.iterations()).isLessThan(15);
        double[] w = model.rawCoefficients();
        assertThat(model.rawIntercept()).isCloseTo(-0.5, within(0.08));
        assertThat(w[0]).isCloseTo(0.8, within(0.03));
        assertThat(w[1]).isCloseTo(-1.5, within(0.08));
        assertThat(w[2]).isCloseTo(0.0, within(0.02));
    }

    @Test
    void meanPredictedProbabilityEqualsTheTrainingRateOfOnes() {
        // The intercept is not penalised, so at the optimum sum(p - y) = 0 for any l2.
        SplittableRandom random = new SplittableRandom(3);
        int n = 2_000;
        double[][] x = new double[n][2];
        int[] y = new int[n];
        int ones = 0;
        for (int i = 0; i < n; i++) {
            x[i][0] = SyntheticCandles.gaussian(random);
            x[i][1] = SyntheticCandles.gaussian(random);
            y[i] = random.nextDouble() < LogisticRegression.sigmoid(0.7 + x[i][0]) ? 1 : 0;
            ones += y[i];
        }
        for (double l2 : new double[] {0, 1, 100, 10_000}) {
            LogisticRegression model = LogisticRegression.fit(x, y, l2, 50, 1e-10);
            double sum = 0;
            for (double[] row : x) {
                sum += model.probability(row);
            }
            assertThat(sum / n).as("l2 %s", l2).isCloseTo((double) ones / n, within(1e-9));
        }
    }

    @Test
    void penaltyKeepsSeparableDataFiniteAndShrinksCoefficients() {
        double[][] x = {{-3}, {-2}, {-1}, {1}, {2}, {3}};
        int[] y = {0, 0, 0, 1, 1, 1};
        LogisticRegression weak = LogisticRegression.fit(x, y, 0.1, 100, 1e-10);
        LogisticRegression strong = LogisticRegression.fit(x, y, 10, 100, 1e-10);
        assertThat(weak.converged()).isTrue();
        assertThat(weak.coefficients()[0]).isPositive().isFinite();
        assertThat(strong.coefficients()[0]).isPositive().isLessThan(weak.coefficients()[0]);
        assertThat(weak.probability(new double[] {2})).isGreaterThan(0.9);
        assertThat(weak.probability(new double[] {-2})).isLessThan(0.1);
        assertThat(weak.probability(new double[] {0})).isCloseTo(0.5, within(1e-9)); // symmetric data

        // without a penalty the optimum is at infinity: bounded iterations still return a usable, finite model
        LogisticRegression unpenalised = LogisticRegression.fit(x, y, 0, 30, 1e-10);
        assertThat(unpenalised.iterations()).isLessThanOrEqualTo(30);
        assertThat(unpenalised.probability(new double[] {1})).isGreaterThan(0.99);
    }

    @Test
    void constantFeatureGetsNoWeightAndDoesNotBreakTheFit() {
        double[][] x = {{5, -1}, {5, -0.5}, {5, 0.5}, {5, 1}, {5, 0.2}, {5, -0.2}};
        int[] y = {0, 1, 0, 1, 1, 0};
        LogisticRegression model = LogisticRegression.fit(x, y, 1, 50, 1e-10);
        assertThat(model.scales()[0]).isEqualTo(1.0);
        assertThat(model.coefficients()[0]).isEqualTo(0.0);
        assertThat(model.probability(new double[] {5, 0})).isBetween(0.0, 1.0);
    }

    @Test
    void fittingIsDeterministic() {
        SplittableRandom random = new SplittableRandom(5);
        double[][] x = new double[500][4];
        int[] y = new int[500];
        for (int i = 0; i < 500; i++) {
            for (int j = 0; j < 4; j++) {
                x[i][j] = SyntheticCandles.gaussian(random);
            }
            y[i] = random.nextBoolean() ? 1 : 0;
        }
        LogisticRegression a = LogisticRegression.fit(x, y, 1, 50, 1e-8);
        LogisticRegression b = LogisticRegression.fit(x, y, 1, 50, 1e-8);
        assertThat(a.coefficients()).isEqualTo(b.coefficients());
        assertThat(a.intercept()).isEqualTo(b.intercept());
    }

    @Test
    void rejectsInvalidInput() {
        double[][] x = {{1}, {2}};
        assertThatThrownBy(() -> LogisticRegression.fit(new double[0][], new int[0], 1, 10, 1e-8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRegression.fit(x, new int[] {0, 2}, 1, 10, 1e-8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        LogisticRegression.fit(new double[][] {{1}, {Double.NaN}}, new int[] {0, 1}, 1, 10, 1e-8))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogisticRegression.fit(x, new int[] {0, 1}, -1, 10, 1e-8))
                .isInstanceOf(IllegalArgumentException.class);
        LogisticRegression model = LogisticRegression.fit(x, new int[] {0, 1}, 1, 10, 1e-8);
        assertThatThrownBy(() -> model.probability(new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class);
    }
}

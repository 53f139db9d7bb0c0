package io.fastscanner.scorecard;

/**
 * The Newey-West (Bartlett kernel) variance of a weighted sum of residuals, over time. Observations at the same
 * candle time (several symbols) are summed first, {@code Z_t = sum c_i u_i}, so their correlation is kept whole;
 * then {@code Var = sum_t sum_s w(|t - s|) Z_t Z_s} with {@code w(d) = max(0, 1 - d / bandwidth)}: returns over
 * overlapping horizons of {@code h} candles are correlated up to {@code h - 1} candles apart. The Bartlett weights
 * make a positive semi-definite kernel, so the variance is never negative. O(steps x bandwidth).
 */
final class Hac {

    private Hac() {}

    /**
     * @param steps     each observation's candle time as a step number, 0 to {@code stepCount - 1}
     * @param terms     each observation's {@code c_i * u_i}
     * @param bandwidth the horizon in candles, at least 1 (1: only same-time observations are correlated)
     */
    static double variance(int[] steps, double[] terms, int count, int stepCount, int bandwidth) {
        double[] z = new double[stepCount];
        for (int i = 0; i < count; i++) {
            z[steps[i]] += terms[i];
        }
        double variance = 0;
        for (int t = 0; t < stepCount; t++) {
            variance += z[t] * z[t];
        }
        for (int d = 1; d < bandwidth && d < stepCount; d++) {
            double weight = 1.0 - (double) d / bandwidth;
            double sum = 0;
            for (int t = 0; t + d < stepCount; t++) {
                sum += z[t] * z[t + d];
            }
            variance += 2 * weight * sum;
        }
        return Math.max(0, variance); // rounding only: the kernel is positive semi-definite
    }
}

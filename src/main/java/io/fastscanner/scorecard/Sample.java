package io.fastscanner.scorecard;

import java.util.Arrays;

/**
 * Forward returns at one horizon with the candle time (step) each was measured from, and the statistics the scorecard
 * gives them. Every standard error is a {@link Hac} one with the horizon as bandwidth, so overlapping horizons and
 * symbols that move together do not make an interval look narrower than it is.
 *
 * @param returns   forward returns signed for the side, fractions of the entry close
 * @param steps     each return's candle time as a step number from 0 to {@code stepCount - 1}
 * @param horizon   candles the returns span: the HAC bandwidth
 */
record Sample(double[] returns, int[] steps, int stepCount, int horizon) {

    int size() {
        return returns.length;
    }

    double mean() {
        double sum = 0;
        for (double r : returns) {
            sum += r;
        }
        return sum / returns.length;
    }

    /** Mean return with a normal 95 % interval from the HAC standard error of the mean. */
    Estimate meanReturn() {
        return meanOf(returns);
    }

    /** Share of positive returns (the side made money) with its HAC interval. */
    Estimate hitRate() {
        double[] hits = new double[returns.length];
        for (int i = 0; i < hits.length; i++) {
            hits[i] = returns[i] > 0 ? 1 : 0;
        }
        return meanOf(hits);
    }

    /**
     * The median with Woodruff's interval: the order statistics at ranks {@code n (1/2 -+ 1.96 se)}, where {@code se} is
     * the HAC standard error of the share of returns at or below the median. For independent returns {@code n se} is
     * {@code sqrt(n) / 2}, the textbook distribution-free interval; dependence widens it as it widens the mean's.
     */
    Estimate medianReturn() {
        int n = returns.length;
        double[] sorted = returns.clone();
        Arrays.sort(sorted);
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        double[] below = new double[n];
        for (int i = 0; i < n; i++) {
            below[i] = returns[i] <= median ? 1 : 0;
        }
        double se = standardError(below);
        int low = (int) Math.floor(n * (0.5 - Normal.Z_95 * se));
        int high = (int) Math.ceil(n * (0.5 + Normal.Z_95 * se)) - 1;
        return new Estimate(median, sorted[clamp(low, n)], sorted[clamp(high, n)]);
    }

    /**
     * The difference of the mean of {@code inBucket}'s returns from the mean of all returns, which include them: {@code
     * D = sum c_i r_i} with {@code c_i = [i in bucket] / n_B - 1 / n}; its variance is the HAC variance of {@code c_i
     * u_i}, where {@code u_i} is {@code r_i} less the mean of its group (bucket or the rest).
     */
    Comparison differenceOf(boolean[] inBucket) {
        int n = returns.length;
        int nBucket = 0;
        double sumBucket = 0;
        double sumRest = 0;
        for (int i = 0; i < n; i++) {
            if (inBucket[i]) {
                nBucket++;
                sumBucket += returns[i];
            } else {
                sumRest += returns[i];
            }
        }
        double meanBucket = sumBucket / nBucket;
        double meanRest = n > nBucket ? sumRest / (n - nBucket) : 0;
        double difference = meanBucket - (sumBucket + sumRest) / n;
        double[] terms = new double[n];
        for (int i = 0; i < n; i++) {
            double c = (inBucket[i] ? 1.0 / nBucket : 0) - 1.0 / n;
            terms[i] = c * (returns[i] - (inBucket[i] ? meanBucket : meanRest));
        }
        double se = Math.sqrt(Hac.variance(steps, terms, n, stepCount, horizon));
        double p = se > 0 ? Normal.twoSidedP(difference / se) : 1.0;
        return new Comparison(Estimate.normal(difference, se), p);
    }

    /** A difference with its interval and two-sided p-value. */
    record Comparison(Estimate difference, double pValue) {}

    private Estimate meanOf(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        return Estimate.normal(mean, standardError(values, mean));
    }

    private double standardError(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        return standardError(values, mean / values.length);
    }

    private double standardError(double[] values, double mean) {
        int n = values.length;
        double[] terms = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = (values[i] - mean) / n;
        }
        return Math.sqrt(Hac.variance(steps, terms, n, stepCount, horizon));
    }

    private static int clamp(int index, int n) {
        return Math.max(0, Math.min(n - 1, index));
    }
}

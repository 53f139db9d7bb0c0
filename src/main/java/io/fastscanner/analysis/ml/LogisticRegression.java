package io.fastscanner.analysis.ml;

import java.util.Arrays;

/**
 * Binary logistic regression with an L2 penalty, fitted by Newton's method (IRLS) on standardised features.
 *
 * <p><b>Why our own.</b> The service must stay small and native-compilable. The JVM machine-learning libraries on
 * Maven Central (Smile, Tribuo, Deeplearning4j) are large, lean on reflection or ship native code, which costs image
 * size and native-image configuration for no gain here: a logistic regression over about fifteen standardised
 * features is enough for the question asked, fits in a few milliseconds to a few hundred, and every number it
 * uses can be inspected ({@link #coefficients()}, {@link #means()}, {@link #scales()}).
 *
 * <p><b>Model.</b> {@code P(y = 1 | x) = sigmoid(b + sum_j w_j * (x_j - mean_j) / scale_j)}, where {@code mean_j}
 * and {@code scale_j} (population standard deviation, 1 for a constant feature) come from the training rows only
 * and are reused unchanged for every later prediction.
 *
 * <p><b>Fit.</b> Minimises {@code sum_i logloss_i + (l2 / 2) * |w|^2}; the intercept {@code b} is not penalised.
 * {@code l2} is therefore the precision of a zero-mean Gaussian prior on the standardised coefficients, and its
 * weight relative to the data shrinks as the sample grows. Each Newton step solves the (d+1)x(d+1) system of the
 * penalised Hessian by Cholesky decomposition and is halved until the objective does not increase. It stops when
 * no coefficient moves by more than {@code tolerance} or after {@code maxIterations} steps. There is no randomness:
 * the same data gives the same coefficients, bit for bit. Cost: O(n * d^2) per step, with no allocation per sample.
 */
public final class LogisticRegression {

    private final double[] means;
    private final double[] scales;
    private final double intercept;
    private final double[] weights;
    private final double l2;
    private final int iterations;
    private final boolean converged;

    private LogisticRegression(
            double[] means,
            double[] scales,
            double intercept,
            double[] weights,
            double l2,
            int iterations,
            boolean converged) {
        this.means = means;
        this.scales = scales;
        this.intercept = intercept;
        this.weights = weights;
        this.l2 = l2;
        this.iterations = iterations;
        this.converged = converged;
    }

    /**
     * Fits the model.
     *
     * @param x rows of raw (unstandardised) features, all of the same width and finite
     * @param y labels, 0 or 1, one per row
     * @param l2 penalty on the standardised coefficients, {@code >= 0}
     * @param maxIterations upper bound on Newton steps, {@code >= 1}
     * @param tolerance stop when the largest coefficient change of a step is below this
     */
    public static LogisticRegression fit(double[][] x, int[] y, double l2, int maxIterations, double tolerance) {
        int n = x.length;
        if (n == 0 || y.length != n) {
            throw new IllegalArgumentException(
                    "need at least one row and one label per row: " + n + " rows, " + y.length + " labels");
        }
        if (!(l2 >= 0) || maxIterations < 1 || !(tolerance > 0)) {
            throw new IllegalArgumentException(
                    "invalid settings: l2=" + l2 + ", maxIterations=" + maxIterations + ", tolerance=" + tolerance);
        }
        int d = x[0].length;
        for (int i = 0; i < n; i++) {
            if (x[i].length != d) {
                throw new IllegalArgumentException("row " + i + " has " + x[i].length + " features, expected " + d);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("label " + i + " is not 0 or 1: " + y[i]);
            }
            if (!FeatureExtractor.usable(x[i])) {
                throw new IllegalArgumentException("row " + i + " has a non-finite feature");
            }
        }
        double[] means = new double[d];
        double[] scales = new double[d];
        standardisation(x, means, scales);

        // Design matrix with a leading 1 for the intercept, row-major, standardised once.
        int p = d + 1;
        double[] design = new double[n * p];
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            int base = i * p;
            design[base] = 1.0;
            for (int j = 0; j < d; j++) {
                design[base + 1 + j] = (x[i][j] - means[j]) / scales[j];
            }
            target[i] = y[i];
        }

        PenalisedNewton.Fit fit = PenalisedNewton.minimise(design, target, n, p, l2, maxIterations, tolerance);
        double[] beta = fit.beta();
        return new LogisticRegression(
                means, scales, beta[0], Arrays.copyOfRange(beta, 1, p), l2, fit.iterations(), fit.converged());
    }

    /** P(label = 1) for one row of raw features (the same layout as the training rows). */
    public double probability(double[] features) {
        return sigmoid(logit(features));
    }

    /** The linear score (log-odds) of one row of raw features. */
    public double logit(double[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " features, got " + features.length);
        }
        double z = intercept;
        for (int j = 0; j < weights.length; j++) {
            z += weights[j] * (features[j] - means[j]) / scales[j];
        }
        return z;
    }

    /** Intercept on the standardised scale (the log-odds of a row equal to the training means). */
    public double intercept() {
        return intercept;
    }

    /** Coefficients per standard deviation of each feature (comparable with each other); a copy. */
    public double[] coefficients() {
        return weights.clone();
    }

    /** Training means of the features; a copy. */
    public double[] means() {
        return means.clone();
    }

    /** Training standard deviations of the features (1 for a constant feature); a copy. */
    public double[] scales() {
        return scales.clone();
    }

    /** Coefficients per unit of each raw feature; a copy. */
    public double[] rawCoefficients() {
        double[] raw = new double[weights.length];
        for (int j = 0; j < raw.length; j++) {
            raw[j] = weights[j] / scales[j];
        }
        return raw;
    }

    /** Intercept on the raw scale (the log-odds of an all-zero row). */
    public double rawIntercept() {
        double b = intercept;
        for (int j = 0; j < weights.length; j++) {
            b -= weights[j] * means[j] / scales[j];
        }
        return b;
    }

    public double l2() {
        return l2;
    }

    /** Newton steps taken. */
    public int iterations() {
        return iterations;
    }

    /** True if the fit stopped on the tolerance rather than on the iteration bound. */
    public boolean converged() {
        return converged;
    }

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    private static void standardisation(double[][] x, double[] means, double[] scales) {
        int n = x.length;
        int d = means.length;
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                means[j] += row[j];
            }
        }
        for (int j = 0; j < d; j++) {
            means[j] /= n;
        }
        double[] squares = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                double dev = row[j] - means[j];
                squares[j] += dev * dev;
            }
        }
        for (int j = 0; j < d; j++) {
            double std = Math.sqrt(squares[j] / n);
            scales[j] = std > 1e-12 * Math.max(1.0, Math.abs(means[j])) ? std : 1.0;
        }
    }
}

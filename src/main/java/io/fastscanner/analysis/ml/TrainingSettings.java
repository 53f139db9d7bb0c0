package io.fastscanner.analysis.ml;

/**
 * How the pooled model is trained and judged.
 *
 * @param horizon candles ahead the prediction is about (label: close[i + horizon] > close[i])
 * @param validationFraction newest share of the samples (by candle open time) held out for validation
 * @param l2 L2 penalty on the standardised coefficients (see {@link LogisticRegression})
 * @param edgeMargin how far validation accuracy must exceed the majority-class baseline to claim an edge
 *     (0.02 = 2 percentage points: below that the difference is within the noise of a few hundred to a few
 *     thousand overlapping samples, and too small to trade on after fees)
 * @param minValidationSamples fewer validation samples than this never claim an edge
 * @param maxIterations upper bound on Newton steps
 * @param tolerance convergence tolerance on the largest coefficient change of a step
 */
public record TrainingSettings(
        int horizon,
        double validationFraction,
        double l2,
        double edgeMargin,
        int minValidationSamples,
        int maxIterations,
        double tolerance) {

    public static final int DEFAULT_HORIZON = 4;
    public static final double DEFAULT_VALIDATION_FRACTION = 0.25;
    public static final double DEFAULT_L2 = 1.0;
    public static final double DEFAULT_EDGE_MARGIN = 0.02;
    public static final int DEFAULT_MIN_VALIDATION_SAMPLES = 200;
    public static final int DEFAULT_MAX_ITERATIONS = 50;
    public static final double DEFAULT_TOLERANCE = 1e-8;

    public TrainingSettings {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least 1: " + horizon);
        }
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validationFraction must be in (0, 1): " + validationFraction);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("l2 must be finite and >= 0: " + l2);
        }
        if (!(edgeMargin >= 0 && edgeMargin < 1)) {
            throw new IllegalArgumentException("edgeMargin must be in [0, 1): " + edgeMargin);
        }
        if (minValidationSamples < 1) {
            throw new IllegalArgumentException("minValidationSamples must be at least 1: " + minValidationSamples);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1: " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0: " + tolerance);
        }
    }

    /** Horizon 4, validation 25 %, l2 1.0, edge margin 2 points, at least 200 validation samples, 50 steps, 1e-8. */
    public static TrainingSettings defaults() {
        return new TrainingSettings(
                DEFAULT_HORIZON,
                DEFAULT_VALIDATION_FRACTION,
                DEFAULT_L2,
                DEFAULT_EDGE_MARGIN,
                DEFAULT_MIN_VALIDATION_SAMPLES,
                DEFAULT_MAX_ITERATIONS,
                DEFAULT_TOLERANCE);
    }

    public TrainingSettings withHorizon(int newHorizon) {
        return new TrainingSettings(
                newHorizon, validationFraction, l2, edgeMargin, minValidationSamples, maxIterations, tolerance);
    }

    public TrainingSettings withL2(double newL2) {
        return new TrainingSettings(
                horizon, validationFraction, newL2, edgeMargin, minValidationSamples, maxIterations, tolerance);
    }

    public TrainingSettings withMinValidationSamples(int newMinimum) {
        return new TrainingSettings(horizon, validationFraction, l2, edgeMargin, newMinimum, maxIterations, tolerance);
    }
}

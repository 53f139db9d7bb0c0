package io.fastscanner.analysis.ml;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * How the model did on the held-out newest samples.
 *
 * @param samples validation samples
 * @param accuracy share predicted right, predicting "up" when P(up) > 0.5
 * @param baselineAccuracy share of the more frequent outcome in the validation set itself: the accuracy of always
 *     predicting that outcome. This is the stricter of the two usual baselines (it is at least the accuracy of the
 *     training set's majority class applied to the validation set), so an edge over it is not a drift artefact.
 * @param brierScore mean squared difference between P(up) and the 0/1 outcome (0.25 for always saying 0.5)
 */
@RegisterForReflection
public record ValidationMetrics(int samples, double accuracy, double baselineAccuracy, double brierScore) {}

package io.fastscanner.analysis.ml;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A fitted pooled model with everything needed to judge it: its settings, when and on what it was trained, and
 * its held-out validation metrics. Immutable and safe to share between threads.
 *
 * <p>{@link #hasEdge()} is true only if validation accuracy is at least the majority-class baseline plus
 * {@link TrainingSettings#edgeMargin()} and there are at least {@link TrainingSettings#minValidationSamples()}
 * validation samples. Without an edge every prediction says {@code direction: "none"}.
 */
public final class TrainedModel {

    private final LogisticRegression regression;
    private final TrainingSettings settings;
    private final Instant trainedAt;
    private final int trainingSamples;
    private final ValidationMetrics validation;
    private final Set<String> symbols;
    private final Timeframe timeframe;
    private final Instant validationFrom;
    private final boolean hasEdge;
    private final String note;

    TrainedModel(
            LogisticRegression regression,
            TrainingSettings settings,
            Instant trainedAt,
            int trainingSamples,
            ValidationMetrics validation,
            Set<String> symbols,
            Timeframe timeframe,
            Instant validationFrom) {
        this.regression = Objects.requireNonNull(regression, "regression");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.trainedAt = Objects.requireNonNull(trainedAt, "trainedAt");
        this.trainingSamples = trainingSamples;
        this.validation = Objects.requireNonNull(validation, "validation");
        this.symbols = Set.copyOf(symbols);
        this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
        this.validationFrom = validationFrom;
        this.hasEdge = validation.samples() >= settings.minValidationSamples()
                && validation.accuracy() >= validation.baselineAccuracy() + settings.edgeMargin();
        this.note = verdict(validation, settings, hasEdge);
    }

    /** The prediction for the newest candle of {@code series}. */
    public MlPrediction predict(CandleSeries series) {
        if (series.timeframe() != timeframe) {
            return withoutProbability("the model was trained on " + timeframe.label() + " candles, not "
                    + series.timeframe().label() + ": no prediction");
        }
        if (series.isEmpty()) {
            return withoutProbability("no candles: no prediction");
        }
        double[][] rows = FeatureExtractor.rows(series);
        double[] last = rows[rows.length - 1];
        if (!FeatureExtractor.usable(last)) {
            return withoutProbability("the newest candle has no complete feature row (" + series.size()
                    + " candles; about 200 are needed for EMA 200): no prediction");
        }
        double p = regression.probability(last);
        String direction = !hasEdge
                ? MlPrediction.NONE
                : p > 0.5 ? MlPrediction.UP : p < 0.5 ? MlPrediction.DOWN : MlPrediction.NONE;
        return new MlPrediction(
                MlPrediction.MODEL,
                settings.horizon(),
                timeframe.label(),
                p,
                direction,
                trainedAt,
                trainingSamples,
                validation,
                hasEdge,
                note);
    }

    private MlPrediction withoutProbability(String reason) {
        return new MlPrediction(
                MlPrediction.MODEL,
                settings.horizon(),
                timeframe.label(),
                null,
                MlPrediction.NONE,
                trainedAt,
                trainingSamples,
                validation,
                hasEdge,
                reason);
    }

    static String verdict(ValidationMetrics v, TrainingSettings settings, boolean hasEdge) {
        String margin = points(settings.edgeMargin());
        if (v.samples() < settings.minValidationSamples()) {
            return String.format(
                    Locale.ROOT,
                    "only %d validation samples (at least %d needed): no edge claimed",
                    v.samples(),
                    settings.minValidationSamples());
        }
        if (!hasEdge) {
            return String.format(
                    Locale.ROOT,
                    "validation accuracy %.3f does not beat the majority-class baseline %.3f by %s points: no edge",
                    v.accuracy(),
                    v.baselineAccuracy(),
                    margin);
        }
        return String.format(
                Locale.ROOT,
                "validation accuracy %.3f beats the majority-class baseline %.3f by %s points (margin %s) on %d samples",
                v.accuracy(),
                v.baselineAccuracy(),
                points(v.accuracy() - v.baselineAccuracy()),
                margin,
                v.samples());
    }

    private static String points(double fraction) {
        double points = fraction * 100;
        return points == Math.rint(points) ? String.valueOf((long) points) : String.format(Locale.ROOT, "%.1f", points);
    }

    public LogisticRegression regression() {
        return regression;
    }

    public TrainingSettings settings() {
        return settings;
    }

    public Instant trainedAt() {
        return trainedAt;
    }

    public int trainingSamples() {
        return trainingSamples;
    }

    public ValidationMetrics validation() {
        return validation;
    }

    /** Symbols whose histories were pooled, spelled {@code BASE/QUOTE}. */
    public Set<String> symbols() {
        return symbols;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    /** Open time of the oldest validation candle: every training candle (plus the embargo) is before it. */
    public Instant validationFrom() {
        return validationFrom;
    }

    public boolean hasEdge() {
        return hasEdge;
    }

    public String note() {
        return note;
    }

    @Override
    public String toString() {
        return "TrainedModel[" + timeframe + ", " + symbols.size() + " symbols, trainedAt=" + trainedAt
                + ", trainingSamples=" + trainingSamples + ", " + validation + ", hasEdge=" + hasEdge + "]";
    }
}

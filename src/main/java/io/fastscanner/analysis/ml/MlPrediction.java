package io.fastscanner.analysis.ml;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The pooled model's view of one symbol's newest candle.
 *
 * @param model always {@value #MODEL}
 * @param horizon candles ahead the prediction is about
 * @param timeframe candle interval, e.g. {@code 1h}
 * @param probabilityUp P(close {@code horizon} candles ahead > current close); null if the newest candle has no
 *     complete feature row (not enough history) or the series does not match the model
 * @param direction {@code up} / {@code down} when the model has an edge, {@code none} otherwise (still reporting
 *     {@code probabilityUp})
 * @param trainedAt when the model was trained
 * @param trainingSamples rows it was fitted on
 * @param validation its held-out metrics
 * @param hasEdge whether validation accuracy beat the majority-class baseline by the margin on enough samples
 * @param note a one-line, human-readable verdict
 */
@RegisterForReflection
public record MlPrediction(
        String model,
        int horizon,
        String timeframe,
        @Schema(nullable = true) Double probabilityUp,
        String direction,
        @Schema(nullable = true) Instant trainedAt,
        int trainingSamples,
        @Schema(nullable = true) ValidationMetrics validation,
        boolean hasEdge,
        String note) {

    public static final String MODEL = "logistic_regression";
    public static final String UP = "up";
    public static final String DOWN = "down";
    public static final String NONE = "none";
}

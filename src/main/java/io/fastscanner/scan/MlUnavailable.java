package io.fastscanner.scan;

import io.fastscanner.analysis.ml.MlPrediction;
import io.fastscanner.marketdata.Timeframe;

/** The prediction reported when no model could be trained or asked: no probability, no edge, and why. */
final class MlUnavailable {

    private MlUnavailable() {}

    static MlPrediction prediction(Timeframe timeframe, int horizon, String reason) {
        return new MlPrediction(
                MlPrediction.MODEL,
                horizon,
                timeframe.label(),
                null,
                MlPrediction.NONE,
                null,
                0,
                null,
                false,
                "no prediction: " + reason);
    }
}

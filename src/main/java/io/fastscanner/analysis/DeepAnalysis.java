package io.fastscanner.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fastscanner.analysis.ml.MlPrediction;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scannerapi.SecondOpinion;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The deep analysis of one symbol, in the JSON shape the frontends of the original design read
 * ({@code opportunity_score}, {@code market_regime}, {@code sl_tp}, ...).
 *
 * @param opportunityScore the opportunity's score, repeated at the top level (0 without an opportunity)
 * @param mlPrediction     the pooled model's prediction (or why there is none); null when the model is switched off
 * @param scannerApi       the Python scanner_api's opinion, or why there is none; null when it is not configured
 * @param timeframe        the primary timeframe (the scan's)
 * @param warnings         inputs that were missing, e.g. a timeframe whose candles could not be fetched
 */
@RegisterForReflection
public record DeepAnalysis(
        @JsonProperty("opportunity_score") int opportunityScore,
        @JsonProperty("opportunity") Opportunity opportunity,
        @JsonProperty("market_regime") MarketRegime marketRegime,
        @JsonProperty("sl_tp") RiskLevels slTp,
        @JsonProperty("confluence") Confluence confluence,

        @Schema(nullable = true) @JsonProperty("ml_prediction")
        MlPrediction mlPrediction,

        @Schema(nullable = true) @JsonProperty("scanner_api")
        SecondOpinion scannerApi,

        @JsonProperty("analyzedAt") Instant analyzedAt,
        @JsonProperty("timeframe") Timeframe timeframe,
        @JsonProperty("warnings") List<String> warnings) {

    public static DeepAnalysis of(
            Timeframe timeframe,
            Instant analyzedAt,
            Opportunity opportunity,
            MarketRegime regime,
            RiskLevels slTp,
            Confluence confluence,
            MlPrediction mlPrediction) {
        return new DeepAnalysis(
                opportunity == null ? 0 : opportunity.score(),
                opportunity,
                regime,
                slTp,
                confluence,
                mlPrediction,
                null,
                analyzedAt,
                timeframe,
                List.of());
    }

    /**
     * A copy with what could not be taken into account (e.g. a timeframe whose candles were unavailable) and the
     * Python scanner_api's opinion (null when it is not configured).
     */
    public DeepAnalysis withInputs(List<String> newWarnings, SecondOpinion opinion) {
        return new DeepAnalysis(
                opportunityScore,
                opportunity,
                marketRegime,
                slTp,
                confluence,
                mlPrediction,
                opinion,
                analyzedAt,
                timeframe,
                List.copyOf(newWarnings));
    }
}

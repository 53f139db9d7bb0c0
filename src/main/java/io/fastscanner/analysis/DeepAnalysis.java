package io.fastscanner.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * The deep analysis of one symbol, in the JSON shape the frontends of the original design read
 * ({@code opportunity_score}, {@code market_regime}, {@code sl_tp}, ...).
 *
 * @param opportunityScore the opportunity's score, repeated at the top level (0 without an opportunity)
 * @param mlPrediction     the ML prediction as produced elsewhere; may be null
 * @param scannerApi       the Python scanner_api's opinion as mapped elsewhere; may be null
 * @param timeframe        the primary timeframe's label, e.g. {@code 1h}
 * @param warnings         inputs that were missing, e.g. a timeframe whose candles could not be fetched
 */
@RegisterForReflection
public record DeepAnalysis(
        @JsonProperty("opportunity_score") int opportunityScore,
        @JsonProperty("opportunity") Opportunity opportunity,
        @JsonProperty("market_regime") MarketRegime marketRegime,
        @JsonProperty("sl_tp") RiskLevels slTp,
        @JsonProperty("confluence") Confluence confluence,
        @JsonProperty("ml_prediction") Object mlPrediction,
        @JsonProperty("scanner_api") Object scannerApi,
        @JsonProperty("analyzedAt") Instant analyzedAt,
        @JsonProperty("timeframe") String timeframe,
        @JsonProperty("warnings") List<String> warnings) {

    public static DeepAnalysis of(String timeframe, Instant analyzedAt, Opportunity opportunity, MarketRegime regime,
            RiskLevels slTp, Confluence confluence, Object mlPrediction, Object scannerApi) {
        return new DeepAnalysis(opportunity == null ? 0 : opportunity.score(), opportunity, regime, slTp, confluence,
                mlPrediction, scannerApi, analyzedAt, timeframe, List.of());
    }

    public DeepAnalysis withMlPrediction(Object prediction) {
        return new DeepAnalysis(opportunityScore, opportunity, marketRegime, slTp, confluence, prediction, scannerApi,
                analyzedAt, timeframe, warnings);
    }

    public DeepAnalysis withScannerApi(Object answer) {
        return new DeepAnalysis(opportunityScore, opportunity, marketRegime, slTp, confluence, mlPrediction, answer,
                analyzedAt, timeframe, warnings);
    }

    /** A copy listing what could not be taken into account (e.g. a timeframe whose candles were unavailable). */
    public DeepAnalysis withWarnings(List<String> newWarnings) {
        return new DeepAnalysis(opportunityScore, opportunity, marketRegime, slTp, confluence, mlPrediction,
                scannerApi, analyzedAt, timeframe, List.copyOf(newWarnings));
    }

    /** A copy with a new opportunity (e.g. rescored once the ML prediction arrived) and its score on top. */
    public DeepAnalysis withOpportunity(Opportunity rescored) {
        return new DeepAnalysis(rescored == null ? 0 : rescored.score(), rescored, marketRegime, slTp, confluence,
                mlPrediction, scannerApi, analyzedAt, timeframe, warnings);
    }
}

package io.fastscanner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fastscanner.analysis.ml.MlPrediction;
import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.TechnicalRating;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The whole pipeline on one series, serialised the way the REST layer does it. */
class DeepAnalysisJsonTest {

    private final ObjectMapper mapper =
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void serialisesWithTheContractsPropertyNamesAndLowercaseValues() throws Exception {
        CandleSeries series = TestCandles.trend(300, 100, 0.3, 0.2);
        IndicatorSeries ind = IndicatorSeries.compute(series);
        Rating rating = TechnicalRating.rate(ind);
        MarketRegime regime = RegimeClassifier.classify(series, ind);
        RiskLevels risk = RiskLevelCalculator.compute(series, ind, rating.signal(), rating.rating());
        Confluence confluence =
                ConfluenceAnalyzer.analyze(Map.of(Timeframe.H1, rating, Timeframe.M15, Ratings.of(0.3)));
        Opportunity opportunity =
                OpportunityScorer.score(rating, regime, risk, confluence, VolumeSurge.of(series), null, false);
        MlPrediction ml =
                new MlPrediction(MlPrediction.MODEL, 4, "1h", 0.55, MlPrediction.NONE, null, 0, null, false, "no edge");
        DeepAnalysis analysis = DeepAnalysis.of(
                Timeframe.H1, Instant.parse("2024-05-01T12:00:00Z"), opportunity, regime, risk, confluence, ml);

        JsonNode json = mapper.readTree(mapper.writeValueAsString(analysis));

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactlyInAnyOrder(
                        "opportunity_score",
                        "opportunity",
                        "market_regime",
                        "sl_tp",
                        "confluence",
                        "ml_prediction",
                        "scanner_api",
                        "analyzedAt",
                        "timeframe",
                        "warnings");
        assertThat(json.get("opportunity_score").asInt()).isEqualTo(opportunity.score());
        assertThat(json.get("analyzedAt").asText()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(json.get("timeframe").asText()).isEqualTo("1h");
        assertThat(json.get("market_regime").get("regime").asText()).isEqualTo("bull");
        assertThat(json.get("market_regime").get("volatility").asText()).isIn("low", "medium", "high");
        assertThat(json.get("market_regime").get("reasons").isArray()).isTrue();
        assertThat(json.get("sl_tp").get("direction").asText()).isEqualTo("long");
        assertThat(json.get("sl_tp").has("takeProfitCappedBy")).isTrue();
        assertThat(json.get("confluence").get("dominant").asText()).isEqualTo("bullish");
        assertThat(json.get("confluence").get("timeframes").fieldNames())
                .toIterable()
                .containsExactly("15m", "1h");
        assertThat(json.get("confluence")
                        .get("timeframes")
                        .get("1h")
                        .get("signal")
                        .asText())
                .isEqualTo("BUY");
        assertThat(json.get("opportunity").get("direction").asText()).isEqualTo("long");
        assertThat(json.get("opportunity").get("components").get(0).get("name").asText())
                .isEqualTo("signal_strength");
        assertThat(json.get("ml_prediction").get("probabilityUp").asDouble()).isEqualTo(0.55);
        assertThat(json.get("scanner_api").isNull()).isTrue();
        assertThat(json.get("confluence").has("empty")).isFalse();
    }
}

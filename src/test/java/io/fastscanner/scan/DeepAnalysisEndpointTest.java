package io.fastscanner.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** After a quick scan of the bundled data, every symbol reaches {@code complete} with a consistent deep analysis. */
@QuarkusTest
class DeepAnalysisEndpointTest {

    @Test
    void everySymbolIsAnalysedWithConsistentValues() {
        JsonPath results = Scans.scanAndAwaitDeepAnalysis();
        assertThat(results.getList("signals.status", String.class))
                .as("reasons: %s", results.getList("signals.reason"))
                .hasSize(14)
                .containsOnly("complete");
        assertThat(results.getInt("status.backgroundQueueLength")).isZero();
        assertThat(results.getList("signals.opportunityScore", Float.class)).allMatch(s -> s >= 0 && s <= 100);

        for (String symbol : results.getList("signals.symbol", String.class)) {
            JsonPath body = given().get("/api/scanner/symbol/" + symbol.replace('/', '-'))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertConsistent(symbol, body);
        }
    }

    private static void assertConsistent(String symbol, JsonPath body) {
        Map<String, Object> deep = body.getMap("deepAnalysis");
        assertThat(deep)
                .as(symbol)
                .containsKeys(
                        "opportunity_score", "opportunity", "market_regime", "sl_tp", "confluence", "ml_prediction");
        assertThat(body.getInt("deepAnalysis.opportunity_score")).isBetween(0, 100);
        assertThat(body.getInt("deepAnalysis.opportunity.score"))
                .isEqualTo(body.getInt("deepAnalysis.opportunity_score"));
        double contributions = body.getList("deepAnalysis.opportunity.components.contribution", Float.class).stream()
                .mapToDouble(Float::doubleValue)
                .sum();
        assertThat(contributions).isCloseTo(body.getInt("deepAnalysis.opportunity_score"), offset(1.0));

        assertThat(body.getString("deepAnalysis.market_regime.regime")).isIn("bull", "bear", "ranging", "volatile");
        assertThat(body.getDouble("deepAnalysis.market_regime.confidence")).isBetween(0.0, 1.0);
        assertThat(body.getString("deepAnalysis.market_regime.volatility")).isIn("low", "medium", "high");

        double entry = body.getDouble("deepAnalysis.sl_tp.entry");
        double stop = body.getDouble("deepAnalysis.sl_tp.stopLoss");
        double target = body.getDouble("deepAnalysis.sl_tp.takeProfit");
        if ("long".equals(body.getString("deepAnalysis.sl_tp.direction"))) {
            assertThat(stop).as(symbol + " long stop").isLessThan(entry);
            assertThat(target).as(symbol + " long target").isGreaterThan(entry);
        } else {
            assertThat(stop).as(symbol + " short stop").isGreaterThan(entry);
            assertThat(target).as(symbol + " short target").isLessThan(entry);
        }
        assertThat(body.getDouble("deepAnalysis.sl_tp.riskReward")).isPositive();
        String signal = body.getString("signal.signal");
        if (!"HOLD".equals(signal)) {
            assertThat(body.getString("deepAnalysis.sl_tp.direction"))
                    .isEqualTo(signal.equals("BUY") ? "long" : "short");
        }

        Map<String, Object> timeframes = body.getMap("deepAnalysis.confluence.timeframes");
        assertThat(timeframes).containsOnlyKeys("15m", "1h", "4h", "1d");
        assertThat(body.getInt("deepAnalysis.confluence.score")).isBetween(0, 100);
        assertThat(body.getString("deepAnalysis.confluence.dominant")).isIn("bullish", "bearish", "mixed");

        assertThat(body.getString("deepAnalysis.ml_prediction.model")).isEqualTo("logistic_regression");
        assertThat(body.getInt("deepAnalysis.ml_prediction.horizon")).isEqualTo(4);
        boolean edge = body.getBoolean("deepAnalysis.ml_prediction.hasEdge");
        double accuracy = body.getDouble("deepAnalysis.ml_prediction.validation.accuracy");
        double baseline = body.getDouble("deepAnalysis.ml_prediction.validation.baselineAccuracy");
        assertThat(edge).isEqualTo(accuracy >= baseline + 0.02);
        assertThat(body.getString("deepAnalysis.ml_prediction.direction"))
                .isIn(edge ? List.of("up", "down") : List.of("none"));
        assertThat(body.getDouble("deepAnalysis.ml_prediction.probabilityUp")).isBetween(0.0, 1.0);
    }
}

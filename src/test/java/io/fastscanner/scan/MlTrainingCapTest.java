package io.fastscanner.scan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.Scans;
import io.fastscanner.testing.SmallLimitsProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pooled model is fitted on the scan's first scanner.ml.max-training-symbols symbols and predicts for all. */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class MlTrainingCapTest {

    @Test
    void theModelIsFittedOnThreeSymbolsAndPredictsForEveryOne() {
        JsonPath results = Scans.scanAndAwaitDeepAnalysis();
        assertThat(results.getList("signals.status", String.class)).hasSize(14).containsOnly("complete");

        Set<Integer> samples = new HashSet<>();
        for (String symbol : results.getList("signals.symbol", String.class)) {
            JsonPath body = given().get("/api/scanner/symbol/" + symbol.replace('/', '-'))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(body.getDouble("deepAnalysis.ml_prediction.probabilityUp"))
                    .as(symbol)
                    .isBetween(0.0, 1.0);
            samples.add(body.getInt("deepAnalysis.ml_prediction.trainingSamples"));
        }
        // one model for all; 1000 candles of 3 symbols give at most 3000 rows (14 symbols would give over 10,000)
        assertThat(samples).hasSize(1);
        assertThat(samples.iterator().next()).isBetween(1000, 3000);
    }
}

package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code deep=true} on the scorecard: the opportunity score's buckets beside the quick signal's, on the bundled year. */
@QuarkusTest
class ScorecardDeepEndpointTest {

    private static final String SCORECARD = "/api/scanner/scorecard";
    private static final String QUERY = "?symbols=BTC/USDT,ETH/USDT&from=2025-10-01&to=2026-03-31T23:00:00Z";

    private static JsonPath get(String url) {
        return given().when().get(url).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theOpportunityBucketsShareOutTheBuysAndSellsAndStateTheirLevels() {
        JsonPath deep = get(SCORECARD + QUERY + "&deep=true");
        JsonPath quick = get(SCORECARD + QUERY);

        assertThat(quick.getMap("$")).doesNotContainKey("opportunity");
        assertThat(deep.getList("buckets"))
                .as("the quick signal's rows are the same with or without deep analysis")
                .isEqualTo(quick.getList("buckets"));
        assertThat(deep.getList("baseline")).isEqualTo(quick.getList("baseline"));

        List<Map<String, Object>> buckets = deep.getList("buckets");
        List<Map<String, Object>> rows = deep.getList("opportunity");
        assertThat(rows).hasSize(8 * 3);
        for (int horizon : List.of(1, 4, 24)) {
            int buysAndSells = buckets.stream()
                    .filter(b -> (Integer) b.get("horizon") == horizon
                            && !b.get("signal").equals("HOLD"))
                    .mapToInt(b -> (Integer) b.get("count"))
                    .sum();
            int opportunity = rows.stream()
                    .filter(r -> (Integer) r.get("horizon") == horizon)
                    .mapToInt(r -> (Integer) r.get("count"))
                    .sum();
            assertThat(opportunity)
                    .as("every BUY and SELL has one opportunity bucket at horizon " + horizon)
                    .isEqualTo(buysAndSells);
        }
        for (Map<String, Object> row : rows) {
            assertThat(row)
                    .containsKeys(
                            "signal",
                            "opportunity",
                            "horizon",
                            "count",
                            "hitRate",
                            "meanReturn",
                            "medianReturn",
                            "baseline",
                            "difference",
                            "pValue",
                            "significant",
                            "verdict",
                            "summary",
                            "levels")
                    .doesNotContainKey("strength");
            assertThat((String) row.get("signal")).isIn("BUY", "SELL");
            assertThat((String) row.get("opportunity")).isIn("0-39", "40-59", "60-79", "80-100");
            assertThat((String) row.get("verdict")).isIn("edge", "worse", "no_edge", "too_few");
            assertThat((String) row.get("summary"))
                    .startsWith(row.get("signal") + " opportunity " + row.get("opportunity"));
            @SuppressWarnings("unchecked")
            Map<String, Object> levels = (Map<String, Object>) row.get("levels");
            assertThat(levels.get("count")).isEqualTo(row.get("count"));
            if ((Integer) row.get("count") > 0) {
                double sum = value(levels.get("targetFirst"))
                        + value(levels.get("stopFirst"))
                        + value(levels.get("neither"));
                // JsonPath reads numbers as floats
                assertThat(sum).isCloseTo(1.0, within(1e-6));
                assertThat((String) row.get("summary")).contains("Take-profit first");
            }
        }
    }

    @Test
    void deepMustBeTrueOrFalse() {
        given().when()
                .get(SCORECARD + "?deep=maybe")
                .then()
                .statusCode(400)
                .body("success", is(false))
                .body("error.code", equalTo("INVALID_DEEP"))
                .body("error.message", containsString("deep must be true or false"));
    }

    @SuppressWarnings("unchecked")
    private static double value(Object estimate) {
        Map<String, Number> e = (Map<String, Number>) estimate;
        assertThat(e.get("low").doubleValue())
                .isLessThanOrEqualTo(e.get("value").doubleValue());
        assertThat(e.get("high").doubleValue())
                .isGreaterThanOrEqualTo(e.get("value").doubleValue());
        return e.get("value").doubleValue();
    }
}

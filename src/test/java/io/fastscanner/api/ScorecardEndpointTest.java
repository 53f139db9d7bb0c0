package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scorecard endpoints on the bundled replay year, as a dashboard reads them. */
@QuarkusTest
class ScorecardEndpointTest {

    private static final String SCORECARD = "/api/scanner/scorecard";

    private static JsonPath get(String url) {
        return given().when().get(url).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theScorecardOfTwoSymbolsNamesItsDataAndItsCountsAddUp() {
        JsonPath json = get(SCORECARD + "?symbols=ETH-USDT,BTC/USDT&from=2025-10-01&to=2026-03-31T23:00:00Z");
        assertThat(json.getBoolean("success")).isTrue();
        assertThat(json.getString("data.source")).isEqualTo("bundled");
        assertThat(json.getString("data.exchange")).isEqualTo("binance");
        assertThat(json.getString("data.timeframe")).isEqualTo("1h");
        assertThat(json.getList("data.symbols")).containsExactly("BTC/USDT", "ETH/USDT");
        assertThat(json.getString("data.from")).isEqualTo("2025-10-01T00:00:00Z");
        assertThat(json.getString("data.to")).isEqualTo("2026-03-31T23:00:00Z");
        // 182 days of 24 hourly candles, both symbols
        assertThat(json.getLong("data.candles")).isEqualTo(2L * 182 * 24);
        assertThat(json.getInt("data.warmup")).isEqualTo(499);
        assertThat(json.getList("horizons", Integer.class)).containsExactly(1, 4, 24);
        assertThat(json.getString("verdict")).isNotBlank();
        assertThat(json.getLong("computedMs")).isNotNegative();

        List<Map<String, Object>> baseline = json.getList("baseline");
        List<Map<String, Object>> buckets = json.getList("buckets");
        assertThat(baseline).hasSize(3);
        assertThat(buckets).hasSize(9 * 3);
        for (Map<String, Object> base : baseline) {
            int horizon = (Integer) base.get("horizon");
            int count = (Integer) base.get("count");
            // the outcomes after the range are known: every scored candle has its horizon
            assertThat(count).isEqualTo(2 * 182 * 24);
            int sum = buckets.stream()
                    .filter(b -> (Integer) b.get("horizon") == horizon)
                    .mapToInt(b -> (Integer) b.get("count"))
                    .sum();
            assertThat(sum)
                    .as("HOLD is a bucket: the buckets share out the baseline")
                    .isEqualTo(count);
            assertInterval(base.get("meanReturn"));
            assertInterval(base.get("hitRate"));
            assertInterval(base.get("medianReturn"));
        }
        for (Map<String, Object> bucket : buckets) {
            assertThat(bucket)
                    .containsKeys(
                            "signal",
                            "strength",
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
                            "summary");
            assertThat((String) bucket.get("verdict")).isIn("edge", "worse", "no_edge", "too_few");
            assertThat((String) bucket.get("summary")).startsWith(bucket.get("signal") + " " + bucket.get("strength"));
            if ((Integer) bucket.get("count") > 0) {
                assertInterval(bucket.get("meanReturn"));
                assertInterval(bucket.get("difference"));
            }
            if (bucket.get("verdict").equals("too_few")) {
                assertThat(bucket.get("pValue")).isNull();
                assertThat((Integer) bucket.get("count")).isLessThan(30);
            } else {
                assertThat(((Number) bucket.get("pValue")).doubleValue()).isBetween(0.0, 1.0);
            }
        }
        Map<String, Object> sell = buckets.stream()
                .filter(b -> b.get("signal").equals("SELL") && (Integer) b.get("horizon") == 1)
                .findFirst()
                .orElseThrow();
        Map<String, Object> hold = buckets.stream()
                .filter(b -> b.get("signal").equals("HOLD") && (Integer) b.get("horizon") == 1)
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        double sellBaseline = ((Number) ((Map<String, Object>) sell.get("baseline")).get("meanReturn")).doubleValue();
        @SuppressWarnings("unchecked")
        double longBaseline = ((Number) ((Map<String, Object>) hold.get("baseline")).get("meanReturn")).doubleValue();
        assertThat(sellBaseline)
                .as("a SELL is compared with any candle held short")
                .isEqualTo(-longBaseline);
        assertThat(longBaseline).isCloseTo(json.getDouble("baseline[0].meanReturn.value"), within(1e-10));
    }

    @SuppressWarnings("unchecked")
    private static void assertInterval(Object estimate) {
        Map<String, Number> e = (Map<String, Number>) estimate;
        assertThat(e.get("low").doubleValue())
                .isLessThanOrEqualTo(e.get("value").doubleValue());
        assertThat(e.get("high").doubleValue())
                .isGreaterThanOrEqualTo(e.get("value").doubleValue());
    }

    @Test
    void identicalRequestsShareOneComputationAndTheCachedAnswer() {
        String url = SCORECARD + "?symbols=SOL/USDT&horizons=24,4&from=2026-02-01";
        List<CompletableFuture<String>> together = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> given().get(url).then().statusCode(200).extract().asString()))
                .toList();
        List<String> answers = together.stream().map(CompletableFuture::join).toList();
        assertThat(answers).containsOnly(answers.get(0));
        assertThat(given().get(SCORECARD + "?horizons=4,24,4&symbols=SOL_USDT&from=2026-02-01T00:00:00Z")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .as("the same query written differently is the same cached answer, computedMs included")
                .isEqualTo(answers.get(0));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "?exchange=mtgox|404|NO_REPLAY_DATA",
                "?exchange=okx|404|NO_REPLAY_DATA",
                "?timeframe=5m|404|NO_REPLAY_DATA",
                "?timeframe=7x|400|INVALID_TIMEFRAME",
                "?symbols=FOO/USDT|404|NO_REPLAY_DATA",
                "?symbols=BTC/USDT,nope!|400|INVALID_SYMBOL",
                "?horizons=0|400|INVALID_HORIZONS",
                "?horizons=501|400|INVALID_HORIZONS",
                "?horizons=1,x|400|INVALID_HORIZONS",
                "?from=yesterday|400|INVALID_FROM",
                "?to=2026-13-01|400|INVALID_TO",
                "?from=2026-02-01&to=2026-01-01|400|INVALID_RANGE",
                "?from=2030-01-01|404|NO_REPLAY_DATA",
                "?symbols=HOLO_USDT&timeframe=1d|404|NO_REPLAY_DATA",
                "/past-signals|400|INVALID_SYMBOL",
                "/past-signals?symbol=FOO/USDT|404|NO_REPLAY_DATA",
                "/past-signals?symbol=BTCUSDT&changes=maybe|400|INVALID_CHANGES",
                "/past-signals?symbol=BTCUSDT&limit=5001|400|INVALID_LIMIT",
                "/past-signals?symbol=BTCUSDT&exchange=kraken|404|NO_REPLAY_DATA"
            })
    void badRequestsAreNamed(String query, int status, String code) {
        given().when()
                .get(SCORECARD + query)
                .then()
                .statusCode(status)
                .body("success", is(false))
                .body("error.code", equalTo(code))
                .body("error.message", containsString(" "));
    }

    @Test
    void pastSignalsAreTheWalksEntriesWithTheirOutcomes() {
        JsonPath json = get(SCORECARD + "/past-signals?symbol=BTC-USDT&limit=50");
        assertThat(json.getString("exchange")).isEqualTo("binance");
        assertThat(json.getString("symbol")).isEqualTo("BTC/USDT");
        assertThat(json.getString("timeframe")).isEqualTo("1h");
        List<Map<String, Object>> signals = json.getList("signals");
        assertThat(signals).hasSize(50);
        Instant previous = Instant.MIN;
        String previousSignal = null;
        for (Map<String, Object> s : signals) {
            Instant time = Instant.parse((String) s.get("candleTime"));
            assertThat(time).isAfter(previous);
            assertThat((String) s.get("signal")).isIn("BUY", "SELL");
            assertThat(s.get("exchange")).isEqualTo("binance");
            List<?> outcomes = (List<?>) s.get("outcomes");
            List<?> pending = (List<?>) s.get("pendingHorizons");
            assertThat(outcomes.size() + pending.size()).isEqualTo(3);
            previous = time;
            previousSignal = (String) s.get("signal");
        }
        assertThat(previousSignal).isNotNull();
        // the newest signals: the last one's 24-candle outcome may still be pending, the first's is known
        assertThat(json.getList("signals[0].outcomes")).hasSize(3);

        JsonPath every = get(SCORECARD + "/past-signals?symbol=BTCUSDT&changes=false&from=2026-04-01&to=2026-04-01");
        List<String> kinds = every.getList("signals.signal");
        assertThat(kinds.size()).isBetween(1, 24);
        assertThat(every.getList("signals.candleTime", String.class)).allMatch(t -> t.startsWith("2026-04-01T"));
    }
}

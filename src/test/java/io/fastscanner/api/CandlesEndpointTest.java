package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class CandlesEndpointTest {

    @Test
    void returnsTheNewestClosedCandlesWithSettledEmas() {
        JsonPath json = given().when()
                .get("/api/scanner/symbol/BTC-USDT/candles?timeframe=1h&limit=200")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("success", is(true))
                .body("symbol", equalTo("BTC/USDT"))
                .body("timeframe", equalTo("1h"))
                .body("exchange", equalTo("replay"))
                .body("candles", hasSize(200))
                .body("ema.ema21", hasSize(200))
                .body("ema.ema50", hasSize(200))
                .body("ema.ema200", hasSize(200))
                .extract()
                .jsonPath();

        List<Long> times = json.getList("candles.t", Long.class);
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).isEqualTo(3_600_000L);
        }
        // the replay clock stands at 2026-04-21T00:00Z: the last closed 1h candle opened an hour earlier
        assertThat(times.get(times.size() - 1))
                .isEqualTo(Instant.parse("2026-04-20T23:00:00Z").toEpochMilli());

        List<Float> highs = json.getList("candles.h", Float.class);
        List<Float> lows = json.getList("candles.l", Float.class);
        List<Float> closes = json.getList("candles.c", Float.class);
        for (int i = 0; i < highs.size(); i++) {
            assertThat(highs.get(i)).isGreaterThanOrEqualTo(lows.get(i));
            assertThat(closes.get(i)).isBetween(lows.get(i), highs.get(i));
        }
        // the warm-up window makes even EMA200 defined from the first candle shown
        assertThat(json.getList("ema.ema200")).doesNotContainNull();
        assertThat(json.getList("ema.ema21")).doesNotContainNull();
    }

    @Test
    void lastCandleAndEmaMatchTheSymbolEndpoint() {
        JsonPath symbol = given().when()
                .get("/api/scanner/symbol/ETHUSDT")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String timeframe = symbol.getString("signal.timeframe");
        JsonPath candles = given().when()
                .get("/api/scanner/symbol/ETHUSDT/candles?limit=50&timeframe=" + timeframe)
                .then()
                .statusCode(200)
                .body("candles", hasSize(50))
                .extract()
                .jsonPath();
        assertThat(Instant.ofEpochMilli(candles.getLong("candles[49].t")))
                .isEqualTo(Instant.parse(symbol.getString("signal.candleTime")));
        assertThat(candles.getDouble("ema.ema21[49]"))
                .isCloseTo(symbol.getDouble("indicators.ema21"), withPercentage(0.01));
    }

    @Test
    void aSymbolListedLaterGetsNullsBeforeItsFirstEmaValue() {
        // 1d candles of a year: EMA200 is undefined for the first 199 candles of the series
        JsonPath json = given().when()
                .get("/api/scanner/symbol/BTC_USDT/candles?timeframe=1d&limit=1000")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Object> ema200 = json.getList("ema.ema200");
        assertThat(ema200).hasSize(json.getList("candles").size());
        assertThat(ema200.get(0)).isNull();
        assertThat(ema200.get(ema200.size() - 1)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "1001", "abc", "-5"})
    void rejectsALimitOutOfRange(String limit) {
        given().when()
                .get("/api/scanner/symbol/BTC-USDT/candles?limit=" + limit)
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("success", is(false))
                .body("error.code", equalTo("INVALID_LIMIT"));
    }

    @Test
    void rejectsUnknownAndUnsupportedTimeframes() {
        given().when()
                .get("/api/scanner/symbol/BTC-USDT/candles?timeframe=7h")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_TIMEFRAME"));
        given().when()
                .get("/api/scanner/symbol/BTC-USDT/candles?timeframe=5m")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("UNSUPPORTED_TIMEFRAME"));
    }

    @Test
    void unknownSymbolIsNotFoundAndMalformedIsBadRequest() {
        given().when()
                .get("/api/scanner/symbol/FOO-USDT/candles")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("UNKNOWN_SYMBOL"));
        given().when()
                .get("/api/scanner/symbol/%3Cx%3E/candles")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_SYMBOL"));
    }
}

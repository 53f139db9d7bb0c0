package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SymbolEndpointTest {

    @ParameterizedTest
    @ValueSource(strings = {"BTC%2FUSDT", "BTC-USDT", "BTC_USDT", "BTCUSDT", "btcusdt"})
    void acceptsEverySpelling(String spelling) {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/scanner/symbol/" + spelling)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("success", is(true))
                .body("symbol", equalTo("BTC/USDT"))
                .body("signal.symbol", equalTo("BTC/USDT"))
                .body("signal.candleTime", notNullValue())
                .body("indicators.ema9", notNullValue())
                .body("indicators.ema200", notNullValue())
                .body("indicators.rsi14", notNullValue())
                .body("indicators.macdHistogram", notNullValue())
                .body("indicators.atr14", notNullValue())
                .body("indicators.bbUpper", notNullValue())
                .body("indicators.adx14", notNullValue())
                .body("indicators.plusDi14", notNullValue())
                .body("indicators.stochK", notNullValue())
                .body("indicators.obv", notNullValue())
                .body("rating.votes.size()", greaterThan(5))
                // null until a scan's background analysis of the symbol has finished, which other tests may start
                .body("$", hasKey("deepAnalysis"));
    }

    @Test
    void unknownSymbolIsNotFoundAndMalformedIsBadRequest() {
        given().when()
                .get("/api/scanner/symbol/FOOUSDT")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("UNKNOWN_SYMBOL"));
        given().when()
                .get("/api/scanner/symbol/%3Cscript%3E")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("INVALID_SYMBOL"));
    }
}

package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuickScanEndpointTest {

    @Test
    void withoutABodyScansEveryBundledSymbol() {
        // curl -X POST sends no Content-Type; RestAssured would send a form's type, which is refused
        Response response = given().contentType(ContentType.JSON)
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("success", is(true))
                .body("count", equalTo(14))
                .body("signals", hasSize(14))
                .body("signals.exchange", everyItem(equalTo("replay")))
                .body("signals.status", everyItem(equalTo("quick_scan")))
                .body("signals.timeframe", everyItem(equalTo("1h")))
                .body("scanId", notNullValue())
                .body("durationMs", notNullValue())
                .extract()
                .response();
        List<String> symbols = response.jsonPath().getList("signals.symbol");
        assertThat(new HashSet<>(symbols)).hasSize(14).contains("BTC/USDT", "HOLO/USDT", "SANTOS/USDT");
        List<Integer> strengths = response.jsonPath().getList("signals.strength");
        assertThat(new HashSet<>(strengths))
                .as("strength must spread across symbols")
                .hasSizeGreaterThan(3);
        assertThat(response.jsonPath().getList("signals.signal", String.class))
                .allMatch(s -> List.of("BUY", "SELL", "HOLD").contains(s));
        assertThat(response.jsonPath().getList("signals.rsi", Float.class)).allMatch(r -> r > 0 && r < 100);
        assertThat(response.jsonPath().getList("signals.macd", String.class))
                .allMatch(m -> List.of("bullish", "bearish", "neutral").contains(m));
        assertThat(response.jsonPath().getString("signals[0].timestamp")).endsWith("Z");
        assertThat(response.jsonPath().getString("signals[0].candleTime")).endsWith("Z");
    }

    @Test
    void scansTheRequestedSymbolsInAnySpelling() {
        given().contentType(ContentType.JSON)
                .body("{\"symbols\":[\"BTC/USDT\",\"ETHUSDT\"],\"timeframe\":\"4h\"}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .body("count", equalTo(2))
                .body("signals.symbol", equalTo(List.of("BTC/USDT", "ETH/USDT")))
                .body("signals.timeframe", everyItem(equalTo("4h")))
                .body("rejected", hasSize(0));
    }

    @Test
    void aMixOfKnownAndUnknownScansTheKnownAndListsTheRest() {
        given().contentType(ContentType.JSON)
                .body("{\"symbols\":[\"BTC/USDT\",\"FOO/USDT\",\"../../etc/passwd\",\"BTC-USDT\"]}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .body("count", equalTo(1))
                .body("signals[0].symbol", equalTo("BTC/USDT"))
                .body("rejected.symbol", equalTo(List.of("FOO/USDT", "../../etc/passwd", "BTC/USDT")))
                .body("rejected.reason", equalTo(List.of("unknown", "malformed", "duplicate")));
    }

    @Test
    void onlyUnknownSymbolsIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"symbols\":[\"FOO/USDT\",\"NOPE\"]}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("success", is(false))
                .body("error.code", equalTo("UNKNOWN_SYMBOLS"))
                .body("error.details.reason", equalTo(List.of("unknown", "malformed")));
    }

    @Test
    void unknownAndUnsupportedTimeframesAreBadRequests() {
        given().contentType(ContentType.JSON)
                .body("{\"timeframe\":\"7h\"}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_TIMEFRAME"));
        given().contentType(ContentType.JSON)
                .body("{\"timeframe\":\"5m\"}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("UNSUPPORTED_TIMEFRAME"))
                .body("error.message", containsString("15m, 1h, 4h, 1d"));
    }

    @Test
    void moreThanTheMaximumNumberOfSymbolsIsABadRequest() {
        String symbols =
                IntStream.range(0, 501).mapToObj(i -> "\"S" + i + "/USDT\"").collect(Collectors.joining(","));
        given().contentType(ContentType.JSON)
                .body("{\"symbols\":[" + symbols + "]}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("TOO_MANY_SYMBOLS"));
    }

    @Test
    void malformedJsonAndWrongTypesAreBadRequests() {
        given().contentType(ContentType.JSON)
                .body("{\"symbols\": [")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("INVALID_JSON"));
        given().contentType(ContentType.JSON)
                .body("{\"symbols\": \"BTC/USDT\"}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_FIELD_TYPE"))
                .body("error.message", containsString("symbols"));
        given().contentType(ContentType.JSON)
                .body("{\"timeframe\": {\"a\":1}}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_FIELD_TYPE"));
        given().contentType(ContentType.JSON)
                .body("[1,2]")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(400)
                .body("success", is(false));
    }

    @Test
    void wrongContentTypeAndMethodAreJsonErrors() {
        given().contentType(ContentType.TEXT)
                .body("BTC")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(415)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        given().when()
                .get("/api/scanner/quick-scan")
                .then()
                .statusCode(405)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("METHOD_NOT_ALLOWED"));
        given().when()
                .get("/api/scanner/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("NOT_FOUND"));
    }

    @Test
    void resultsAndStatusShowTheLatestScan() {
        String scanId = Scans.scan("{\"symbols\":[\"SOL/USDT\",\"XRP/USDT\"]}");
        Scans.awaitDeepAnalysis(scanId);
        given().when()
                .get("/api/scanner/results")
                .then()
                .statusCode(200)
                .body("success", is(true))
                .body("status.lastScan.scanId", equalTo(scanId))
                .body("status.lastScan.symbolCount", equalTo(2))
                .body("status.isScanning", is(false))
                .body("status.backgroundQueueLength", equalTo(0))
                .body("status.periodicScanningEnabled", notNullValue())
                .body("signals.symbol", equalTo(List.of("SOL/USDT", "XRP/USDT")));
        given().when()
                .get("/api/scanner/scan-status")
                .then()
                .statusCode(200)
                .body("status.lastScan.scanId", equalTo(scanId))
                .body("history.scanId", hasItem(scanId))
                .body("history[0].symbolCount", equalTo(2))
                .body("history[0].trigger", equalTo("api"))
                .body("history[0].timestamp", notNullValue());
    }
}

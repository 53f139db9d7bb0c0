package io.fastscanner.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/scanner/symbol/{symbol}?timeframe=}: the latest scan's row when it scanned the symbol on that
 * timeframe, otherwise the quick signal computed now on the asked (or the latest scan's) timeframe.
 */
@QuarkusTest
class SymbolTimeframeTest {

    @Test
    void withoutATimeframeTheLatestScansRowAndTimeframeAreUsed() {
        String scanId = Scans.scan("{\"symbols\":[\"BTC/USDT\",\"ETH/USDT\"],\"timeframe\":\"4h\"}");

        given().get("/api/scanner/symbol/BTC-USDT")
                .then()
                .statusCode(200)
                .body("symbol", equalTo("BTC/USDT"))
                .body("signal.timeframe", equalTo("4h"))
                .body("signal.candleTime", equalTo("2026-04-20T20:00:00Z"));
        given().get("/api/scanner/symbol/BTC-USDT?timeframe=4h")
                .then()
                .statusCode(200)
                .body("signal.timeframe", equalTo("4h"));
        // a symbol the latest scan left out is computed now, on the latest scan's timeframe
        given().get("/api/scanner/symbol/SOLUSDT")
                .then()
                .statusCode(200)
                .body("signal.symbol", equalTo("SOL/USDT"))
                .body("signal.timeframe", equalTo("4h"))
                .body("signal.status", equalTo("quick_scan"))
                .body("deepAnalysis", nullValue());
        given().get("/api/scanner/results").then().body("status.lastScan.scanId", equalTo(scanId));
    }

    @Test
    void anotherTimeframeIsComputedNowWithoutDeepAnalysis() {
        given().contentType(ContentType.JSON)
                .body("{\"symbols\":[\"BTC/USDT\"],\"timeframe\":\"1h\"}")
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200);

        given().get("/api/scanner/symbol/BTC_USDT?timeframe=1d")
                .then()
                .statusCode(200)
                .body("signal.timeframe", equalTo("1d"))
                .body("signal.candleTime", equalTo("2026-04-20T00:00:00Z"))
                .body("signal.status", equalTo("quick_scan"))
                .body("deepAnalysis", nullValue());
        given().get("/api/scanner/symbol/BTC_USDT?timeframe=15m")
                .then()
                .statusCode(200)
                .body("signal.timeframe", equalTo("15m"))
                .body("signal.candleCloseTime", equalTo("2026-04-21T00:00:00Z"));
    }

    @Test
    void aTimeframeTheSourceLacksOrThatIsNoneIsABadRequest() {
        given().get("/api/scanner/symbol/BTCUSDT?timeframe=5m")
                .then()
                .statusCode(400)
                .contentType(ContentType.JSON)
                .body("error.code", equalTo("UNSUPPORTED_TIMEFRAME"));
        given().get("/api/scanner/symbol/BTCUSDT?timeframe=7h")
                .then()
                .statusCode(400)
                .body("error.code", equalTo("INVALID_TIMEFRAME"));
        given().get("/api/scanner/symbol/FOOUSDT?timeframe=1d")
                .then()
                .statusCode(404)
                .body("error.code", equalTo("UNKNOWN_SYMBOL"));
    }
}

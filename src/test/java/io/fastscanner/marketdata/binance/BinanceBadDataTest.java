package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketDataException;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.testing.Scans;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad candles from the exchange are repaired by rule or fail the symbol with a reason; stale ones are never scored. */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceBadDataTest extends BinanceUpstreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long HOUR = 3_600_000L;
    private static final List<String> BASES = BinanceFixtures.bases(3);
    private static final MarketSymbol FIRST = MarketSymbol.of(BASES.get(0), "USDT");
    private static final long LAST_OPEN = NOW.toEpochMilli() / HOUR * HOUR - HOUR;

    @BeforeEach
    void reset() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
    }

    @Test
    void anEmptyKlineArrayIsNoData() {
        assertFails("[]", "no_data");
    }

    @Test
    void fewerCandlesThanTheIndicatorsNeedIsInsufficientData() {
        assertFails(rows(rowsFrom(20)), "insufficient_data");
    }

    @Test
    void nanZeroNegativeAndHighBelowLowAreInvalidDataNamingTheCandle() {
        List<String> nan = rowsFrom(40);
        nan.set(30, nan.get(30).replaceFirst("\"[0-9.]+\",(\"[0-9.]+\",\"[0-9.]+\",)\"[0-9.]+\"", "\"NaN\",$1\"NaN\""));
        assertThat(assertFails(rows(nan), "invalid_data").getMessage())
                .contains("price not a positive number")
                .contains(Instant.ofEpochMilli(LAST_OPEN - 9 * HOUR).toString());

        List<String> zero = rowsFrom(40);
        zero.set(5, BinanceFixtures.kline(LAST_OPEN - 34 * HOUR, HOUR, 0, 0));
        assertFails(rows(zero), "invalid_data");

        List<String> negative = rowsFrom(40);
        negative.set(6, BinanceFixtures.kline(LAST_OPEN - 33 * HOUR, HOUR, -5, 0.1));
        assertFails(rows(negative), "invalid_data");

        List<String> inverted = rowsFrom(40);
        inverted.set(7, BinanceFixtures.kline(LAST_OPEN - 32 * HOUR, HOUR, 100, -2));
        assertThat(assertFails(rows(inverted), "invalid_data").getMessage()).contains("high < low");
    }

    @Test
    void duplicatesAreDroppedAndUnorderedCandlesSorted() {
        List<String> messy = rowsFrom(40);
        messy.add(10, messy.get(10));
        messy.add(messy.get(39));
        String swapped = messy.get(20);
        messy.set(20, messy.get(21));
        messy.set(21, swapped);
        BinanceFixtures.stub(wireMock, KLINES, 200, rows(messy));

        CandleSeries series = source.candles(FIRST, Timeframe.H1, 40).await().atMost(WAIT);

        assertThat(series.size()).isEqualTo(40);
        for (int i = 1; i < series.size(); i++) {
            assertThat(series.openTime(i) - series.openTime(i - 1)).isEqualTo(HOUR);
        }
        assertThat(series.lastCandle().openTimeMs()).isEqualTo(LAST_OPEN);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void anOldGapIsKeptAndAGapAmongTheRecentCandlesFails() {
        List<String> oldGap = rowsFrom(80);
        oldGap.remove(10);
        BinanceFixtures.stub(wireMock, KLINES, 200, rows(oldGap));
        assertThat(source.candles(FIRST, Timeframe.H1, 79).await().atMost(WAIT).size())
                .isEqualTo(79);

        List<String> recentGap = rowsFrom(80);
        recentGap.remove(75);
        assertThat(assertFails(rows(recentGap), "invalid_data").getMessage()).contains("gap of 1 missing candles");
    }

    @Test
    void aStaleSymbolIsHoldWithStaleDataAndIsNeverScored() {
        MarketSymbol stale = MarketSymbol.of(BASES.get(1), "USDT");
        BinanceFixtures.stub(wireMock, TICKER, 200, BinanceFixtures.tickers(BASES, NOW.toEpochMilli()));
        // the last closed 1h candle closed 4.5 h ago: more than 2 intervals
        long staleLastOpen = LAST_OPEN - 4 * HOUR;
        BinanceFixtures.stub(wireMock, KLINES, 200, BinanceFixtures.klines(staleLastOpen - 59 * HOUR, HOUR, 60));

        JsonPath scan = given().contentType("application/json")
                .body("{\"symbols\":[\"" + stale + "\"],\"timeframe\":\"1h\"}")
                .when()
                .post("/api/scanner/quick-scan")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Scans.awaitDeepAnalysis(scan.getString("scanId"));

        assertThat(scan.getBoolean("signals[0].stale")).isTrue();
        assertThat(scan.getString("signals[0].signal")).isEqualTo("HOLD");
        assertThat(scan.getString("signals[0].reason")).isEqualTo("stale_data");
        assertThat(scan.getInt("signals[0].strength")).isZero();

        JsonPath after = given().when()
                .get("/api/scanner/symbol/" + stale.toString().replace('/', '-'))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(after.getString("signal.status")).isEqualTo("failed");
        assertThat(after.getString("signal.reason")).isEqualTo("stale_data");
        assertThat(after.getString("signal.opportunityScore")).isNull();
        assertThat(after.getString("deepAnalysis")).isNull();
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    private MarketDataException assertFails(String body, String reason) {
        wireMock.resetRequests();
        BinanceFixtures.stub(wireMock, KLINES, 200, body);
        Throwable thrown = null;
        try {
            source.candles(FIRST, Timeframe.H1, 60).await().atMost(WAIT);
        } catch (Throwable t) {
            thrown = t;
        }
        assertThat(thrown).isInstanceOf(MarketDataException.class);
        MarketDataException e = (MarketDataException) thrown;
        assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
        return e;
    }

    /** {@code count} contiguous 1h rows ending with the last candle closed before {@link #NOW}. */
    private static List<String> rowsFrom(int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(BinanceFixtures.kline(LAST_OPEN - (count - 1 - i) * HOUR, HOUR, 100 + i % 7, 0.5));
        }
        return rows;
    }

    private static String rows(List<String> rows) {
        return "[" + String.join(",", rows) + "]";
    }
}

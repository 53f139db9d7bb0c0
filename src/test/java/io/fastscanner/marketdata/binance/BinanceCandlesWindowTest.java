package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The candles endpoint on Binance, which serves at most 1000 klines a call, the newest of which may still be
 * forming: the warm-up before the window is cut to what one call serves, never asked beyond it.
 */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceCandlesWindowTest extends BinanceUpstreamTest {

    private static final long HOUR = 3_600_000L;
    /** One symbol per test: the service caches candles until the next one closes. */
    private static final List<String> BASES = List.of("WINDOWA", "WINDOWB", "WINDOWC");
    /** The last of {@code count} hourly klines is the one forming at {@link #NOW} (12:30). */
    private static final long FORMING_OPEN = NOW.toEpochMilli() / HOUR * HOUR;

    @BeforeEach
    void reset() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        BinanceFixtures.stub(
                wireMock,
                KLINES,
                200,
                BinanceFixtures.klines(FORMING_OPEN - 999 * HOUR, HOUR, BinanceMarketDataSource.MAX_KLINES));
    }

    private static JsonPath candles(String base, int limit) {
        return given().get("/api/scanner/symbol/" + base + "USDT/candles?timeframe=1h&limit=" + limit)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aWindowNearTheLimitGetsWhatOneCallServesAndLessWarmUp() {
        JsonPath answer = candles(BASES.get(0), 800);

        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("limit", equalTo("1000")));
        List<Long> times = answer.getList("candles.t", Long.class);
        assertThat(times).hasSize(800).isSorted();
        assertThat(times.get(799))
                .as("the newest closed candle, not the forming one")
                .isEqualTo(FORMING_OPEN - HOUR);
        // 999 closed candles: 199 before the window, so EMA200 has its first value at the window's first candle
        assertThat(answer.getList("ema.ema200")).hasSize(800).doesNotContainNull();
    }

    @Test
    void aWindowLargerThanOneCallServesIsCutToWhatItServes() {
        JsonPath answer = candles(BASES.get(1), 1000);

        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("limit", equalTo("1000")));
        assertThat(answer.getList("candles.t")).hasSize(999);
        List<Object> ema200 = answer.getList("ema.ema200");
        assertThat(ema200).hasSize(999);
        assertThat(ema200.subList(0, 199)).containsOnlyNulls();
        assertThat(ema200.subList(199, 999)).doesNotContainNull();
    }

    @Test
    void aSmallWindowGetsItsFullWarmUp() {
        candles(BASES.get(2), 200);

        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("limit", equalTo("451")));
    }
}

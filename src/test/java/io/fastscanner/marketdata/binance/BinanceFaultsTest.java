package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.UpstreamException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Transient exchange faults: bounded retries, then a clear reason; an open circuit fails scans at once with 503. */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceFaultsTest extends BinanceUpstreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final long HOUR = 3_600_000L;
    private static final MarketSymbol FIRST = MarketSymbol.of("AAAA", "USDT");

    @BeforeEach
    void reset() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BinanceFixtures.bases(3)));
    }

    @AfterEach
    void closeCircuits() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void http503OnTheTickerFailsTheScanWith503AndRetryAfterAfterThreeRetries() {
        BinanceFixtures.stub(wireMock, TICKER, 503, "<html>Service Unavailable</html>");

        Response response = given().contentType("application/json").post("/api/scanner/quick-scan");

        assertExchangeUnavailable(response);
        wireMock.verify(4, getRequestedFor(urlPathEqualTo(TICKER)));
        // candles may be fetched while the ticker is retried (when an earlier scan ranked the universe), once each
        wireMock.verify(lessThanOrExactly(3), getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void http500ThenSuccessRecoversOnTheRetry() {
        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("up"));
        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .inScenario("flaky")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200).withBody(klines(40))));

        assertThat(source.candles(FIRST, Timeframe.H1, 40).await().atMost(WAIT).size())
                .isEqualTo(40);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void aConnectionResetIsRetriedThenReportedAsIoError() {
        wireMock.stubFor(get(urlPathEqualTo(KLINES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertUpstreamFailure("io_error");
        wireMock.verify(4, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void aResponseSlowerThanTheTimeoutIsRetriedThenReportedAsTimeout() {
        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .willReturn(aResponse().withStatus(200).withFixedDelay(6_000).withBody(klines(40))));

        assertUpstreamFailure("timeout");
        wireMock.verify(4, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void aMalformedBodyFailsTheSymbolWithoutARetry() {
        BinanceFixtures.stub(wireMock, KLINES, 200, "[[1777630000000,\"100.0\",\"101.0\"");

        assertUpstreamFailure("malformed_response");
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void whenTheExchangeIsDownTheCircuitOpensAndScansFailAtOnceWith503() {
        BinanceFixtures.stub(wireMock, TICKER, 500, "");
        String reason = "";
        for (int call = 0; call < 10 && !reason.equals("circuit_open"); call++) {
            try {
                source.tickers().await().atMost(WAIT);
            } catch (UpstreamException e) {
                reason = e.reason();
            }
        }
        assertThat(reason).isEqualTo("circuit_open");
        // 5 calls of 4 attempts each: half of the last 20 attempts failed, so the circuit opened
        wireMock.verify(20, getRequestedFor(urlPathEqualTo(TICKER)));

        Response response = given().contentType("application/json").post("/api/scanner/quick-scan");

        assertExchangeUnavailable(response);
        assertThat(response.header("Retry-After")).isEqualTo(String.valueOf(BinanceRequests.CIRCUIT_OPEN_SECONDS));
        assertThat(response.jsonPath().getString("error.message")).contains("circuit_open");
        // at once: the open circuit refused the ticker without asking the exchange, not even once more
        wireMock.verify(20, getRequestedFor(urlPathEqualTo(TICKER)));
        // candles may have been asked for alongside the ticker (a universe ranked by an earlier scan), once each
        wireMock.verify(lessThanOrExactly(3), getRequestedFor(urlPathEqualTo(KLINES)));
    }

    private void assertUpstreamFailure(String reason) {
        assertThatThrownBy(() -> source.candles(FIRST, Timeframe.H1, 40).await().atMost(WAIT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
                    assertThat(e.endpoint()).isEqualTo("klines");
                });
    }

    private static void assertExchangeUnavailable(Response response) {
        assertThat(response.statusCode()).as(response.asString()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getBoolean("success")).isFalse();
        assertThat(response.jsonPath().getString("error.code")).isEqualTo("EXCHANGE_UNAVAILABLE");
        assertThat(Integer.parseInt(response.header("Retry-After"))).isPositive();
        assertThat(response.asString()).doesNotContain("Exception", "<html");
    }

    /** {@code count} hourly klines, the last one closed just before {@link #NOW}. */
    static String klines(int count) {
        long lastOpen = NOW.toEpochMilli() / HOUR * HOUR - HOUR;
        return BinanceFixtures.klines(lastOpen - (count - 1) * HOUR, HOUR, count);
    }
}

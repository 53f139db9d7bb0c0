package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static io.fastscanner.testing.Waits.await;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 429 pauses every call until Retry-After; 418 stops every call until the ban ends, and readiness says so. The
 * clock stands still while a pause or ban runs, and the test moves it past the end: no wall-clock wait is measured.
 */
@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceRateLimitTest extends BinanceUpstreamTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final List<String> BASES = BinanceFixtures.bases(30);
    private static final MarketSymbol FIRST = MarketSymbol.of(BASES.get(0), "USDT");
    /** Long enough for a held call to ask the budget again (every second while paused) more than once. */
    private static final Duration STILL_HELD = Duration.ofMillis(2500);

    private static final String UNTIL = "until \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ";

    @BeforeEach
    void reset() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        BinanceFixtures.stub(wireMock, TICKER, 200, BinanceFixtures.tickers(BASES, NOW.toEpochMilli()));
        source.symbols().await().atMost(WAIT);
    }

    @Test
    void a429PausesEveryCallUntilRetryAfterThenTheCallIsRetried() throws Exception {
        wireMock.stubFor(get(urlPathEqualTo(TICKER))
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("Retry-After", "1")
                        .withBody(resource429()))
                .willSetStateTo("ok"));
        wireMock.stubFor(get(urlPathEqualTo(TICKER))
                .inScenario("limit")
                .whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody(BinanceFixtures.tickers(BASES, NOW.toEpochMilli()))));
        BinanceFixtures.stub(wireMock, KLINES, 200, BinanceFaultsTest.klines(40));
        Instant limitedAt = NOW.plusSeconds(10);
        clock.set(limitedAt);

        CompletableFuture<?> tickers =
                source.tickers().subscribeAsCompletionStage().orTimeout(60, TimeUnit.SECONDS);
        await("the 429 to pause every call")
                .until(() -> budgetState().pauseEnd().isPresent());
        assertThat(budgetState().pauseEnd()).hasValue(limitedAt.plusSeconds(1));
        assertThat(budgetState().used()).isPositive();
        // a call made during the pause waits for its end, like the retry of the limited one
        CompletableFuture<CandleSeries> candles = source.candles(FIRST, Timeframe.H1, 40)
                .subscribeAsCompletionStage()
                .orTimeout(60, TimeUnit.SECONDS);
        await("no request while the pause runs")
                .during(STILL_HELD)
                .atMost(STILL_HELD.plusSeconds(10))
                .until(() -> requests(TICKER).size() == 1
                        && requests(KLINES).isEmpty()
                        && !tickers.isDone()
                        && !candles.isDone());

        clock.set(limitedAt.plusSeconds(1)); // Retry-After has passed
        assertThat(tickers.get()).isNotNull();
        assertThat(candles.get().size()).isEqualTo(40);
        assertThat(requests(TICKER)).hasSize(2);
        assertThat(requests(KLINES)).hasSize(1);
    }

    @Test
    void a418StopsEveryCallUntilTheBanEndsAndReadinessReportsIt() {
        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .willReturn(aResponse()
                        .withStatus(418)
                        .withHeader("Retry-After", "4")
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":-1003,\"msg\":\"Way too much request weight used; IP banned until "
                                + "1659761931230. Please use the websocket for live updates to avoid bans.\"}")));

        Instant start = NOW.plusSeconds(10);
        clock.set(start);
        assertThatThrownBy(() -> source.candles(FIRST, Timeframe.H1, 40).await().atMost(WAIT))
                .isInstanceOfSatisfying(ExchangeBanException.class, e -> {
                    assertThat(e.reason()).isEqualTo("exchange_ban");
                    assertThat(e.getMessage()).matches(UNTIL);
                    assertThat(e.status()).hasValue(418);
                });
        Instant until = budgetState().banEnd().orElseThrow();
        assertThat(until).isEqualTo(start.plusSeconds(4));

        // nothing is sent while the ban runs: not the ticker, not the failed call again
        assertThatThrownBy(() -> source.tickers().await().atMost(WAIT))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class, e -> assertThat(e.until()).isEqualTo(until));
        Response scan = given().contentType("application/json").post("/api/scanner/quick-scan");
        assertThat(scan.statusCode()).isEqualTo(503);
        assertThat(scan.jsonPath().getString("error.code")).isEqualTo("EXCHANGE_UNAVAILABLE");
        assertThat(Integer.parseInt(scan.header("Retry-After"))).isBetween(1, 4);
        Response ready = given().when().get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'binance-ban' }.status"))
                .isEqualTo("DOWN");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'binance-ban' }.data.bannedUntil"))
                .isEqualTo(until.toString());
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(TICKER)));

        // once the ban is over, calls are sent again
        clock.set(until);
        assertThat(budgetState().banEnd()).isEmpty();
        assertThat(given().when()
                        .get("/q/health/ready")
                        .jsonPath()
                        .getString("checks.find { it.name == 'binance-ban' }.status"))
                .isEqualTo("UP");
        BinanceFixtures.stub(wireMock, KLINES, 200, BinanceFaultsTest.klines(40));
        assertThat(source.candles(FIRST, Timeframe.H1, 40).await().atMost(WAIT).size())
                .isEqualTo(40);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    @Test
    void aBanDuringAScanFailsTheRemainingSymbolsWithTheBanEndWithoutCallingForThem() {
        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .willReturn(aResponse()
                        .withStatus(418)
                        .withHeader("Retry-After", "2")
                        .withBody("{\"code\":-1003,\"msg\":\"IP banned\"}")));

        Response scan = given().contentType("application/json")
                .body("{\"symbols\":["
                        + String.join(
                                ",",
                                BASES.stream().map(b -> "\"" + b + "/USDT\"").toList()) + "],\"timeframe\":\"4h\"}")
                .when()
                .post("/api/scanner/quick-scan");

        assertThat(scan.statusCode()).as(scan.asString()).isEqualTo(200);
        List<String> reasons = scan.jsonPath().getList("signals.reason", String.class);
        assertThat(reasons).hasSize(BASES.size()).allSatisfy(r -> assertThat(r).matches("exchange_ban: " + UNTIL));
        assertThat(scan.jsonPath().getList("signals.status", String.class)).containsOnly("failed");
        // at most the first wave (scanner.quick-scan.concurrency = 20) was sent before the ban was known
        assertThat(requests(KLINES).size()).isBetween(1, 20);
    }

    private List<LoggedRequest> requests(String path) {
        return wireMock.findAll(getRequestedFor(urlPathEqualTo(path))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
                .toList();
    }

    private static String resource429() {
        return "{\"code\":-1003,\"msg\":\"Too much request weight used; current limit is 1200 request weight per "
                + "1 MINUTE. Please use the websocket for live updates to avoid polling the API.\"}";
    }
}

package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.budget.Admission;
import io.fastscanner.marketdata.budget.BudgetState;
import io.fastscanner.marketdata.budget.BudgetUnreachableException;
import io.fastscanner.marketdata.budget.RequestBudget;
import io.fastscanner.marketdata.budget.TestRedis;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.testing.Waits;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With {@code scanner.store=redis} this application and another replica (a budget of the test's own, a separate
 * Redis client on the same prefix) spend one weight budget and obey one ban; with Redis out of reach nothing is sent
 * and a scan answers 503 with the reason. The clock stands 10 s into a window, outside both margins.
 */
@QuarkusTest
@TestProfile(SharedBudgetProfile.class)
class SharedBinanceBudgetTest extends BinanceUpstreamTest {

    private static final WindowLimit BINANCE = new WindowLimit(
            BinanceWeightBudget.LIMIT,
            BinanceTestProfile.WEIGHT_BUDGET,
            BinanceTestProfile.WEIGHT_WINDOW,
            BinanceTestProfile.WEIGHT_WINDOW_MARGIN);
    private static final List<String> BASES = BinanceFixtures.bases(3);
    private static final Instant AT = NOW.plusSeconds(10);

    SharedRedisResource redis;

    private TestRedis otherReplica;
    private RequestBudget other;

    @BeforeEach
    void reset() {
        resetUpstream();
        BinanceFixtures.stub(wireMock, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(BASES));
        BinanceFixtures.stub(wireMock, TICKER, 200, BinanceFixtures.tickers(BASES, NOW.toEpochMilli()));
        BinanceFixtures.stub(wireMock, KLINES, 200, BinanceFaultsTest.klines(40));
        clock.set(AT);
        source.symbols().await().atMost(Waits.AT_MOST);
        otherReplica = new TestRedis(redis.prefix());
        other = otherReplica.replica(BINANCE);
    }

    @AfterEach
    void restoreRedis() throws Exception {
        redis.relay().restore();
        otherReplica.close();
    }

    @Test
    void theWeightThisReplicaSpendsAndBinancesCountAreTheOtherReplicasToo() {
        source.candles(symbol(0), Timeframe.H1, 40).await().atMost(Waits.AT_MOST);
        int exchangeInfoAndKlines = BinanceEndpoint.EXCHANGE_INFO.weight() + BinanceEndpoint.KLINES.weight();
        assertThat(otherState().used()).isEqualTo(exchangeInfoAndKlines);

        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("X-MBX-USED-WEIGHT-1M", "4000")
                        .withBody(BinanceFaultsTest.klines(40))));
        source.candles(symbol(1), Timeframe.H1, 40).await().atMost(Waits.AT_MOST);
        // the count is recorded beside the response, not before it is read
        Waits.await("Binance's count of 4000 recorded in the shared budget")
                .untilAsserted(() -> assertThat(otherState().used()).isEqualTo(4000));
        assertThat(budgetState().used()).isEqualTo(4000);
    }

    @Test
    void aBanTheOtherReplicaRecordedStopsEveryCallHereAndReadinessShowsIt() {
        Instant until = AT.plusSeconds(30);
        other.banUntil(until.toEpochMilli(), AT.toEpochMilli()).await().atMost(Waits.AT_MOST);
        wireMock.resetRequests();

        assertThatThrownBy(() ->
                        source.candles(symbol(0), Timeframe.H1, 40).await().atMost(Waits.AT_MOST))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class, e -> assertThat(e.until()).isEqualTo(until));
        assertThat(wireMock.getAllServeEvents()).isEmpty();
        Response ready = given().when().get("/q/health/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'binance-ban' }.data.bannedUntil"))
                .isEqualTo(until.toString());
    }

    @Test
    void aBanThisReplicaGetsIsRecordedForTheOtherReplica() {
        wireMock.stubFor(get(urlPathEqualTo(KLINES))
                .willReturn(aResponse()
                        .withStatus(418)
                        .withHeader("Retry-After", "4")
                        .withBody("{\"code\":-1003,\"msg\":\"IP banned\"}")));

        assertThatThrownBy(() ->
                        source.candles(symbol(0), Timeframe.H1, 40).await().atMost(Waits.AT_MOST))
                .isInstanceOf(ExchangeBanException.class);

        long now = AT.toEpochMilli();
        assertThat(other.tryReserve(1, now).await().atMost(Waits.AT_MOST))
                .isEqualTo(new Admission.Banned(AT.plusSeconds(4).toEpochMilli()));
    }

    @Test
    void withRedisOutOfReachNothingIsSentAndAScanAnswers503WithTheReason() throws Exception {
        redis.relay().cut();
        wireMock.resetRequests();

        Response scan = given().contentType("application/json").post("/api/scanner/quick-scan");
        assertThat(scan.statusCode()).as(scan.asString()).isEqualTo(503);
        assertThat(scan.jsonPath().getString("error.code")).isEqualTo("STORE_UNAVAILABLE");
        assertThat(scan.header("Retry-After")).isEqualTo("5");
        assertThatThrownBy(() ->
                        source.candles(symbol(0), Timeframe.H1, 40).await().atMost(Waits.AT_MOST))
                .isInstanceOfSatisfying(
                        BudgetUnreachableException.class,
                        e -> assertThat(e.reason()).isEqualTo("store_unavailable"));
        Response ready = given().when().get("/q/health/ready");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'binance-ban' }.status"))
                .isEqualTo("DOWN");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'binance-ban' }.data.error"))
                .startsWith("store_unavailable: ");
        assertThat(wireMock.getAllServeEvents()).isEmpty();

        redis.relay().restore();
        assertThat(source.candles(symbol(0), Timeframe.H1, 40)
                        .await()
                        .atMost(Waits.AT_MOST)
                        .size())
                .isEqualTo(40);
    }

    private BudgetState otherState() {
        return other.state(clock.millis()).await().atMost(Waits.AT_MOST);
    }

    private static MarketSymbol symbol(int i) {
        return MarketSymbol.of(BASES.get(i), "USDT");
    }
}

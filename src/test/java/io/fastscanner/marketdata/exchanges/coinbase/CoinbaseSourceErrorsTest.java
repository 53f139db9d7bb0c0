package io.fastscanner.marketdata.exchanges.coinbase;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.BTC_USDT;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.NOW;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.PRODUCTS;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.candles;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.stubProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.UnknownSymbolException;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.budget.BudgetState;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.testing.Waits;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Coinbase source against a stand-in serving the fixtures ({@link CoinbaseStandIn}) when Coinbase refuses: its
 * rate limit answers, a ban, and products it does not list or no longer knows.
 */
class CoinbaseSourceErrorsTest {

    private final SpotHarness harness = new SpotHarness(new CoinbaseApi(), NOW);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aTooManyRequestsAnswerPausesTheBudgetAndTheRequestIsSentAgainAfterIt() {
        assertRetriedAfterPause(
                429, "{\"errors\":[{\"id\":\"rate_limit_exceeded\",\"message\":\"Too many requests\"}]}");
    }

    @Test
    void aResourceExhaustedAnswerPausesTheBudgetAndTheRequestIsSentAgainAfterIt() {
        assertRetriedAfterPause(
                429,
                "{\"error\":\"RESOURCE_EXHAUSTED\",\"error_details\":\"\","
                        + "\"message\":\"Resource has been exhausted\"}");
    }

    @Test
    void aBanStopsEveryRequestUntilItEnds() {
        stubProducts(harness);
        harness.wireMock.stubFor(
                get(urlPathEqualTo(candles("BTC-USDT"))).willReturn(aResponse().withStatus(418)));

        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 5)))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class,
                        e -> assertThat(e.until())
                                .as("Coinbase names no end: the configured default ban")
                                .isEqualTo(NOW.plus(Duration.ofMinutes(10))));
        assertThat(harness.requests(candles("BTC-USDT"))).isEqualTo(1);

        harness.clock.set(NOW.plus(Duration.ofMinutes(9)));
        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 5)))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class,
                        e -> assertThat(e.until()).isEqualTo(NOW.plus(Duration.ofMinutes(10))));
        assertThat(harness.requests(candles("BTC-USDT")))
                .as("nothing sent during the ban")
                .isEqualTo(1);
        BudgetState state = await(harness.gates.get("coinbase").state());
        assertThat(state.banEnd()).contains(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aPairCoinbaseDoesNotListIsUnknownWithoutAskingForCandles() {
        stubProducts(harness);

        assertThatThrownBy(() -> await(harness.source.candles(MarketSymbol.of("XRP", "USD"), Timeframe.H1, 5)))
                .isInstanceOf(UnknownSymbolException.class);
        assertThatThrownBy(() -> await(harness.source.candles(MarketSymbol.of("RGT", "USD"), Timeframe.H1, 5)))
                .as("delisted")
                .isInstanceOf(UnknownSymbolException.class);
        assertThat(harness.counted("candles", "200") + harness.counted("candles", "404"))
                .isZero();
    }

    @Test
    void aProductCoinbaseNoLongerKnowsIsAnInvalidSymbolAndTheListIsFetchedAgain() {
        stubProducts(harness);
        harness.wireMock.stubFor(get(urlPathEqualTo(candles("BTC-USDT")))
                .willReturn(aResponse()
                        .withStatus(404)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"NOT_FOUND\",\"error_details\":\"\","
                                + "\"message\":\"Product BTC-USDT not supported\"}")));

        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 5)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).isEqualTo("invalid_symbol");
                    assertThat(e.getMessage()).contains("Product BTC-USDT not supported");
                });
        assertThat(harness.requests(candles("BTC-USDT"))).as("not retried").isEqualTo(1);

        await(harness.source.symbols());
        assertThat(harness.requests(PRODUCTS)).isEqualTo(2);
    }

    private void assertRetriedAfterPause(int status, String body) {
        harness.clock.runFrom(NOW);
        stubProducts(harness);
        harness.wireMock.stubFor(get(urlPathEqualTo(candles("BTC-USDT")))
                .inScenario("limited")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body))
                .willSetStateTo("served"));
        harness.wireMock.stubFor(get(urlPathEqualTo(candles("BTC-USDT")))
                .inScenario("limited")
                .whenScenarioStateIs("served")
                .willReturn(okJson(resource("exchanges/coinbase/candles.json"))));

        CompletableFuture<CandleSeries> call =
                harness.source.candles(BTC_USDT, Timeframe.H1, 5).subscribeAsCompletionStage();

        BudgetState paused = Waits.await("the budget paused after the 429")
                .until(
                        () -> await(harness.gates.get("coinbase").state()),
                        s -> s.pauseEnd().isPresent());
        assertThat(Duration.between(
                        Instant.ofEpochMilli(paused.nowMs()), paused.pauseEnd().orElseThrow()))
                .as("one second: Coinbase names no wait")
                .isPositive()
                .isLessThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(harness.requests(candles("BTC-USDT")))
                .as("not sent again during the pause")
                .isEqualTo(1);

        CandleSeries series = call.orTimeout(Waits.AT_MOST.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                .join();
        assertThat(candles(series)).hasSize(5);
        assertThat(harness.requests(candles("BTC-USDT"))).isEqualTo(2);
        assertThat(harness.counted("candles", String.valueOf(status))).isEqualTo(1);
        assertThat(harness.counted("candles", "200")).isEqualTo(1);
    }
}

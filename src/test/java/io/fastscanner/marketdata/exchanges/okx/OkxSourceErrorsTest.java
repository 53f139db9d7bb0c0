package io.fastscanner.marketdata.exchanges.okx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.BTC_USDT;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.CANDLES;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.INSTRUMENTS;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.NOW;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.recordedCandles;
import static io.fastscanner.marketdata.exchanges.okx.OkxStandIn.recordedKlines;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.UnknownSymbolException;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.budget.BudgetState;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OKX source against the stand-in ({@link OkxStandIn}) when OKX refuses: rate limits and bans in each of their
 * forms, a symbol it does not trade or an instrument it no longer knows, and a busy answer.
 */
class OkxSourceErrorsTest {

    private final SpotHarness harness = OkxStandIn.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    private BudgetState budget(String limit) {
        return await(harness.gates.get(limit).state());
    }

    static Stream<Arguments> rateLimitAnswers() {
        return Stream.of(
                Arguments.of(
                        "429 with code 50011",
                        aResponse()
                                .withStatus(429)
                                .withBody("{\"code\":\"50011\",\"msg\":\"Too Many Requests\",\"data\":[]}"),
                        Duration.ofSeconds(2)),
                Arguments.of(
                        "200 with code 50011",
                        okJson("{\"code\":\"50011\",\"msg\":\"Rate limit reached. Please refer to API documentation "
                                + "and throttle requests accordingly.\",\"data\":[]}"),
                        Duration.ofSeconds(2)),
                Arguments.of(
                        "429 with Retry-After",
                        aResponse()
                                .withStatus(429)
                                .withHeader("Retry-After", "3")
                                .withBody("Too Many Requests"),
                        Duration.ofSeconds(3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rateLimitAnswers")
    void aRateLimitAnswerPausesTheEndpointThenTheRequestIsRetried(
            String name, ResponseDefinitionBuilder limited, Duration pause) {
        harness.wireMock.stubFor(recordedCandles()
                .inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(limited)
                .willSetStateTo("ok"));
        harness.wireMock.stubFor(
                recordedCandles().inScenario("limit").whenScenarioStateIs("ok").willReturn(okJson(recordedKlines())));
        await(harness.source.symbols());

        CompletableFuture<CandleSeries> call =
                harness.source.candles(BTC_USDT, Timeframe.H1, 3).subscribeAsCompletionStage();
        await("the rate limit answer to pause the candles budget")
                .until(() -> budget(OkxApi.CANDLES_LIMIT).pauseEnd().isPresent());
        assertThat(budget(OkxApi.CANDLES_LIMIT).pauseEnd()).hasValue(NOW.plus(pause));
        assertThat(budget(OkxApi.TICKERS_LIMIT).pauseEnd()).isEmpty();
        await("no request while the pause runs")
                .during(Duration.ofMillis(800))
                .until(() -> harness.requests(CANDLES) == 1 && !call.isDone());

        harness.clock.set(NOW.plus(pause));

        assertThat(call.join().size()).isEqualTo(3);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
    }

    static Stream<Arguments> banAnswers() {
        return Stream.of(
                Arguments.of(
                        "code 50121",
                        okJson("{\"code\":\"50121\",\"msg\":\"You can't access our services through the IP address "
                                + "(203.0.113.7)\",\"data\":[]}")),
                Arguments.of("403 from the edge", aResponse().withStatus(403).withBody("<html>Forbidden</html>")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("banAnswers")
    void aBanFailsTheCallAndNothingIsSentWhileItRuns(String name, ResponseDefinitionBuilder banned) {
        harness.wireMock.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(banned));
        Instant until = NOW.plus(Duration.ofMinutes(10)); // no end named: the default ban

        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 3)))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class, e -> assertThat(e.until()).isEqualTo(until));
        assertThat(budget(OkxApi.CANDLES_LIMIT).banEnd()).hasValue(until);

        harness.clock.set(NOW.plus(Duration.ofMinutes(5)));
        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 3)))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class, e -> assertThat(e.until()).isEqualTo(until));
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
    }

    @Test
    void aSymbolOkxDoesNotTradeIsUnknownWithoutAskingForCandles() {
        assertThatThrownBy(() -> await(harness.source.candles(MarketSymbol.of("MDT", "USDT"), Timeframe.H1, 3)))
                .isInstanceOf(UnknownSymbolException.class);
        assertThat(harness.requests(CANDLES)).isZero();
    }

    @Test
    void anInstrumentOkxNoLongerKnowsFailsAndTheInstrumentsAreFetchedAgain() {
        harness.wireMock.stubFor(get(urlPathEqualTo(CANDLES))
                .willReturn(okJson("{\"code\":\"51001\",\"msg\":\"Instrument ID does not exist\",\"data\":[]}")));

        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 3)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).isEqualTo("invalid_symbol");
                    assertThat(e.getMessage()).contains("51001");
                });
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
        await(harness.source.symbols());
        assertThat(harness.requests(INSTRUMENTS)).isEqualTo(2);
    }

    @Test
    void aBusyAnswerIsRetried() {
        harness.wireMock.stubFor(recordedCandles()
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(503)
                        .withBody("{\"code\":\"50001\",\"msg\":\"Service temporarily unavailable. Please try again "
                                + "later.\",\"data\":[]}"))
                .willSetStateTo("ok"));
        harness.wireMock.stubFor(
                recordedCandles().inScenario("busy").whenScenarioStateIs("ok").willReturn(okJson(recordedKlines())));

        assertThat(await(harness.source.candles(BTC_USDT, Timeframe.H1, 3)).size())
                .isEqualTo(3);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
        assertThat(harness.counted("candles", "503")).isEqualTo(1);
    }
}

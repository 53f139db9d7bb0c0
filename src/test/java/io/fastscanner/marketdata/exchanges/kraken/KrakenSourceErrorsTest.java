package io.fastscanner.marketdata.exchanges.kraken;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.ohlc;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.NOW;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.OHLC;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.PAIRS;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.TICKER;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.candles;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.ohlcRequest;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.sym;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.UnknownSymbolException;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.budget.BudgetState;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.testing.Waits;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kraken source against the stand-in ({@link KrakenStandIn}) when Kraken refuses: its rate limit and lockout
 * answers, pairs it does not trade or no longer knows, and its service unavailable.
 */
class KrakenSourceErrorsTest {

    private final SpotHarness harness = KrakenStandIn.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"EGeneral:Too many requests", "EAPI:Rate limit exceeded"})
    void aRateLimitAnswerWithStatus200PausesTheBudgetThenTheRequestIsSentAgain(String error) {
        long since = Instant.parse("2024-02-01T13:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", since)
                .inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"error\":[\"" + error + "\"]}"))
                .willSetStateTo("answered"));
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", since)
                .inScenario("limited")
                .whenScenarioStateIs("answered")
                .willReturn(okJson(ohlc("XXBTZUSD", 3600, NOW.getEpochSecond(), since))));
        AtomicReference<CandleSeries> result = new AtomicReference<>();
        harness.source.candles(sym("BTC/USD"), Timeframe.H1, 1).subscribe().with(result::set, failure -> {});

        Waits.await("the budget paused by the rate limit answer")
                .until(() -> state().pauseEnd().isPresent());
        BudgetState paused = state();
        assertThat(paused.pausedUntilMs() - paused.nowMs()).isBetween(1L, 5_000L);
        assertThat(harness.requests(OHLC)).isEqualTo(1);

        Waits.await("the candles after the pause").until(() -> result.get() != null);
        assertThat(candles(result.get()))
                .extracting(Candle::openTimeMs)
                .containsExactly(Instant.parse("2024-02-01T14:00:00Z").toEpochMilli());
        assertThat(harness.requests(OHLC)).isEqualTo(2);
        assertThat(harness.counted("candles", "200")).isEqualTo(2);
    }

    @Test
    void aTemporaryLockoutBansEveryRequestForFifteenMinutesFromTheAnswersDate() {
        harness.wireMock.stubFor(get(urlPathEqualTo(OHLC))
                .willReturn(okJson("{\"error\":[\"EGeneral:Temporary lockout\"]}")
                        .withHeader("Date", "Thu, 01 Feb 2024 15:30:00 GMT")));

        assertThatThrownBy(() -> await(harness.source.candles(sym("BTC/USD"), Timeframe.H1, 10)))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class,
                        e -> assertThat(e.until()).isEqualTo(Instant.parse("2024-02-01T15:45:00Z")));
        assertThat(state().banEnd()).contains(Instant.parse("2024-02-01T15:45:00Z"));

        assertThatThrownBy(() -> await(harness.source.candles(sym("ETH/USD"), Timeframe.H1, 10)))
                .isInstanceOf(ExchangeBanException.class);
        assertThatThrownBy(() -> await(harness.source.tickers())).isInstanceOf(ExchangeBanException.class);
        assertThat(harness.requests(OHLC)).isEqualTo(1);
        assertThat(harness.requests(TICKER)).isZero();
    }

    @Test
    void aPairThatIsNotTradedFailsWithoutAskingForCandles() {
        assertThatThrownBy(() -> await(harness.source.candles(sym("LTC/USD"), Timeframe.H1, 10)))
                .isInstanceOf(UnknownSymbolException.class);
        assertThatThrownBy(() -> await(harness.source.candles(sym("MATIC/USD"), Timeframe.H1, 10)))
                .isInstanceOf(UnknownSymbolException.class);
        assertThat(harness.requests(OHLC)).isZero();
    }

    @Test
    void anUnknownPairAnswerFailsAsInvalidSymbolAndTheInstrumentsAreFetchedAgain() {
        harness.wireMock.stubFor(
                get(urlPathEqualTo(OHLC)).willReturn(okJson("{\"error\":[\"EQuery:Unknown asset pair\"]}")));

        assertThatThrownBy(() -> await(harness.source.candles(sym("BTC/USD"), Timeframe.H1, 10)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).isEqualTo("invalid_symbol");
                    assertThat(e.getMessage()).contains("EQuery:Unknown asset pair");
                });
        await(harness.source.symbols());

        assertThat(harness.requests(OHLC)).isEqualTo(1);
        assertThat(harness.requests(PAIRS)).isEqualTo(2);
    }

    @Test
    void aServiceUnavailableAnswerIsRetried() {
        long since = Instant.parse("2024-02-01T13:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", since)
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson("{\"error\":[\"EService:Unavailable\"]}"))
                .willSetStateTo("up"));
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", since)
                .inScenario("busy")
                .whenScenarioStateIs("up")
                .willReturn(okJson(ohlc("XXBTZUSD", 3600, NOW.getEpochSecond(), since))));

        CandleSeries series = await(harness.source.candles(sym("BTC/USD"), Timeframe.H1, 1));

        assertThat(series.size()).isEqualTo(1);
        assertThat(harness.requests(OHLC)).isEqualTo(2);
    }

    private BudgetState state() {
        return harness.gates.get(KrakenApi.LIMIT).state().await().atMost(Waits.AT_MOST);
    }
}

package io.fastscanner.marketdata.exchanges.okx;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.UnknownSymbolException;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.budget.BudgetState;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.scan.Universe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The OKX source against a stand-in serving the fixtures of {@code exchanges/okx}. The clock stands half an hour after
 * the open of the candle following the recorded ones (2024-01-30 19:30 UTC), so the recorded 16:00 to 18:00 candles
 * are the newest closed ones and 19:00 is forming.
 */
class OkxSourceTest {

    private static final Instant NOW = Instant.parse("2024-01-30T19:30:00Z");
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long LAST_CLOSED =
            Instant.parse("2024-01-30T18:00:00Z").toEpochMilli();
    private static final MarketSymbol BTC_USDT = MarketSymbol.of("BTC", "USDT");
    private static final String INSTRUMENTS = OkxApi.INSTRUMENTS_PATH;
    private static final String TICKERS = OkxApi.TICKERS_PATH;
    private static final String CANDLES = OkxApi.CANDLES_PATH;
    private static final String FORMING_ROW =
            "[\"1706641200000\",\"43373.9\",\"43410\",\"43350.2\",\"43401.5\",\"120.5\",\"5228000.1\",\"5228000.1\",\"0\"]";

    private SpotHarness harness;

    @BeforeEach
    void start() {
        harness = new SpotHarness(new OkxApi(), NOW);
        harness.wireMock.stubFor(
                get(urlPathEqualTo(INSTRUMENTS)).willReturn(okJson(resource("exchanges/okx/instruments.json"))));
        harness.wireMock.stubFor(
                get(urlPathEqualTo(TICKERS)).willReturn(okJson(resource("exchanges/okx/tickers-spot.json"))));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static MappingBuilder candles(long fromOpenMs, long toOpenMs, int rows) {
        return get(urlPathEqualTo(CANDLES))
                .withQueryParam("instId", equalTo("BTC-USDT"))
                .withQueryParam("bar", equalTo("1H"))
                .withQueryParam("before", equalTo(String.valueOf(fromOpenMs - 1)))
                .withQueryParam("after", equalTo(String.valueOf(toOpenMs + 1)))
                .withQueryParam("limit", equalTo(String.valueOf(rows)));
    }

    /** The three recorded candles, the newest closed ones at {@link #NOW}. */
    private static MappingBuilder recordedCandles() {
        return candles(LAST_CLOSED - 2 * HOUR, LAST_CLOSED, 3);
    }

    private static String recordedKlines() {
        return resource("exchanges/okx/klines.json");
    }

    /**
     * An answer of 1H candles with open times {@code [from, to]}, newest first as OKX sends them: the recorded rows'
     * values, repeated, under shifted open times.
     */
    private static String shiftedKlines(long fromOpenMs, long toOpenMs) {
        List<String> recorded = List.of(
                "\"43398.6\",\"43493.9\",\"43279.9\",\"43373.9\",\"5070.79611732\",\"220057933.233687634\","
                        + "\"220057933.233687634\",\"1\"]",
                "\"43495.9\",\"43591.7\",\"43300\",\"43398.6\",\"4492.95408114\",\"195072853.268772597\","
                        + "\"195072853.268772597\",\"1\"]",
                "\"43377.1\",\"43500\",\"43220.9\",\"43495.9\",\"7137.30786672\",\"309343235.363089398\","
                        + "\"309343235.363089398\",\"1\"]");
        StringBuilder body = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
        for (long open = toOpenMs; open >= fromOpenMs; open -= HOUR) {
            int i = (int) Math.floorMod((toOpenMs - open) / HOUR, 3L);
            body.append(open == toOpenMs ? "" : ",")
                    .append("[\"")
                    .append(open)
                    .append("\",")
                    .append(recorded.get(i));
        }
        return body.append("]}").toString();
    }

    private BudgetState budget(String limit) {
        return await(harness.gates.get(limit).state());
    }

    @Test
    void candlesAreNormalisedOldestFirstAndAskedForUnderOkxsSpelling() {
        harness.wireMock.stubFor(recordedCandles().willReturn(okJson(recordedKlines())));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));

        assertThat(series.symbol()).isEqualTo(BTC_USDT);
        assertThat(series.openTimes()).containsExactly(1706630400000L, 1706634000000L, 1706637600000L);
        assertThat(series.candle(0))
                .isEqualTo(new Candle(1706630400000L, 43377.1, 43500, 43220.9, 43495.9, 7137.30786672));
        assertThat(series.lastCandle())
                .isEqualTo(new Candle(1706637600000L, 43398.6, 43493.9, 43279.9, 43373.9, 5070.79611732));
        List<LoggedRequest> sent = harness.wireMock.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(CANDLES)));
        assertThat(sent).singleElement().satisfies(r -> {
            assertThat(r.queryParameter("instId").firstValue()).isEqualTo("BTC-USDT");
            assertThat(r.queryParameter("bar").firstValue()).isEqualTo("1H");
        });
    }

    @Test
    void theCandleOkxMarksAsFormingIsDroppedEvenWhenItsHourHasEnded() {
        // at 20:00:00.000 the 19:00 candle has ended by our clock, but OKX still marks it forming (confirm "0")
        harness.clock.set(Instant.parse("2024-01-30T20:00:00Z"));
        String withForming = recordedKlines().replaceFirst("\"data\": \\[", "\"data\": [" + FORMING_ROW + ",");
        assertThat(withForming).contains(FORMING_ROW);
        harness.wireMock.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(withForming)));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));

        assertThat(series.openTimes()).containsExactly(1706630400000L, 1706634000000L, 1706637600000L);
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
    }

    @Test
    void moreCandlesThanOneRequestServesArePagedWithoutGapsOrDuplicates() {
        long from = LAST_CLOSED - 699 * HOUR;
        long[][] pages = {
            {from, from + 299 * HOUR, 300},
            {from + 300 * HOUR, from + 599 * HOUR, 300},
            {from + 600 * HOUR, LAST_CLOSED, 100}
        };
        for (long[] page : pages) {
            harness.wireMock.stubFor(
                    candles(page[0], page[1], (int) page[2]).willReturn(okJson(shiftedKlines(page[0], page[1]))));
        }

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 700));

        assertThat(series.size()).isEqualTo(700);
        long[] opens = series.openTimes();
        assertThat(opens[0]).isEqualTo(from);
        assertThat(opens[699]).isEqualTo(LAST_CLOSED);
        for (int i = 1; i < opens.length; i++) {
            assertThat(opens[i] - opens[i - 1]).as("step before candle %d", i).isEqualTo(HOUR);
        }
        assertThat(harness.requests(CANDLES)).isEqualTo(3);
        assertThat(harness.counted("candles", "200")).isEqualTo(3);
    }

    @Test
    void theTickersRankTheDefaultUniverse() {
        Map<MarketSymbol, Ticker24h> tickers = await(harness.source.tickers());

        assertThat(tickers).hasSize(9).doesNotContainKey(MarketSymbol.of("MDT", "USDT"));
        assertThat(Universe.top(tickers.values(), harness.source.defaultQuote(), 4))
                .containsExactly(
                        BTC_USDT,
                        MarketSymbol.of("ETH", "USDT"),
                        MarketSymbol.of("SOL", "USDT"),
                        MarketSymbol.of("XRP", "USDT"));
        assertThat(tickers.get(BTC_USDT).lastPrice()).isEqualTo(73384.8);
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

    @Test
    void theInstrumentsAreFetchedOnceForSeveralCalls() {
        harness.wireMock.stubFor(recordedCandles().willReturn(okJson(recordedKlines())));

        await(harness.source.symbols());
        await(harness.source.tickers());
        await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));
        await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));
        await(harness.source.tickers());

        assertThat(harness.requests(INSTRUMENTS)).isEqualTo(1);
        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.requests(TICKERS)).isEqualTo(2);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
    }
}

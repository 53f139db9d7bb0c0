package io.fastscanner.marketdata.exchanges.kraken;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.ohlc;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import io.fastscanner.testing.Waits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Kraken source against a stand-in of {@code api.kraken.com}. The clock runs from 2024-02-01T15:30:00Z, inside
 * the hour whose candle is the forming last row of the recorded {@code klines.json}; it runs because the budget (one
 * request per 1.25 s) makes the second request of a test wait for the next window.
 */
class KrakenSourceTest {

    private static final Instant NOW = Instant.parse("2024-02-01T15:30:00Z");
    private static final String OHLC = "/0/public/OHLC";
    private static final String PAIRS = "/0/public/AssetPairs";
    private static final String TICKER = "/0/public/Ticker";

    private SpotHarness harness;

    @BeforeEach
    void start() {
        harness = new SpotHarness(new KrakenApi(), NOW);
        harness.clock.runFrom(NOW);
        harness.wireMock.stubFor(get(urlPathEqualTo(PAIRS)).willReturn(okJson(text("asset-pairs.json"))));
        harness.wireMock.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(text("tickers-all.json"))));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static MarketSymbol sym(String text) {
        return MarketSymbol.fromJson(text);
    }

    private static MappingBuilder ohlcRequest(String pair, String interval, long since) {
        return get(urlPathEqualTo(OHLC))
                .withQueryParam("pair", equalTo(pair))
                .withQueryParam("interval", equalTo(interval))
                .withQueryParam("since", equalTo(String.valueOf(since)));
    }

    @Test
    void theRecordedAnswerBecomesClosedCandlesInMillisecondsOldestFirst() {
        // the 5 closed hours before the forming 15:00 one, 10:00 to 14:00, are the rows open after 09:59:59; the
        // stand-in serves the recording as it is (trimmed by its author to 5 older hours and the forming 15:00 one)
        long since = Instant.parse("2024-02-01T09:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSDT", "60", since).willReturn(okJson(text("klines.json"))));

        CandleSeries series = await(harness.source.candles(sym("BTC/USDT"), Timeframe.H1, 5));

        assertThat(series.symbol()).isEqualTo(sym("BTC/USDT"));
        assertThat(series.timeframe()).isEqualTo(Timeframe.H1);
        List<Candle> candles = candles(series);
        assertThat(candles).hasSize(5);
        assertThat(candles.get(0))
                .isEqualTo(new Candle(1706626800000L, 43437.5, 43593.7, 43355.5, 43361.1, 18.75430110));
        assertThat(candles.get(3))
                .isEqualTo(new Candle(1706637600000L, 43398.3, 43500.5, 42983.1, 43386.6, 81.88339686));
        assertThat(candles.get(4))
                .isEqualTo(new Candle(1706641200000L, 43375.0, 43539.7, 43357.1, 43539.7, 10.82796308));
        assertThat(candles).extracting(Candle::openTimeMs).isSorted().doesNotContain(1706799600000L);
        assertThat(harness.requests(OHLC)).isEqualTo(1);
    }

    @Test
    void aLimitAboveTheRowsOfOneRequestIsOneRequestForEveryReachableCandle() {
        // only the 720 newest hours exist, the forming 15:00 one included: 719 closed, the oldest 719 h before 15:00
        long oldest = Instant.parse("2024-02-01T15:00:00Z")
                .minus(Duration.ofHours(719))
                .getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", oldest - 1)
                .willReturn(okJson(ohlc("XXBTZUSD", 3600, NOW.getEpochSecond(), oldest - 1))));

        CandleSeries series = await(harness.source.candles(sym("BTC/USD"), Timeframe.H1, 1000));

        assertThat(harness.requests(OHLC)).isEqualTo(1);
        assertThat(harness.source.maxCandles()).isEqualTo(719);
        assertThat(series.size()).isEqualTo(719);
        List<Candle> candles = candles(series);
        assertThat(candles.get(0).openTimeMs()).isEqualTo(oldest * 1000);
        assertThat(candles.get(718).openTimeMs())
                .isEqualTo(Instant.parse("2024-02-01T14:00:00Z").toEpochMilli());
        for (int i = 1; i < candles.size(); i++) {
            assertThat(candles.get(i).openTimeMs() - candles.get(i - 1).openTimeMs())
                    .isEqualTo(3_600_000L);
        }
    }

    @Test
    void twelveHourCandlesAreBuiltFromKrakensFourHourOnes() {
        long since = Instant.parse("2023-12-13T11:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "240", since)
                .willReturn(okJson(ohlc("XXBTZUSD", 4 * 3600, NOW.getEpochSecond(), since))));

        CandleSeries series = await(harness.source.candles(sym("BTC/USD"), Timeframe.H12, 100));

        assertThat(harness.source.builtTimeframes())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Timeframe.H2, Timeframe.H1,
                        Timeframe.H6, Timeframe.H1,
                        Timeframe.H12, Timeframe.H4,
                        Timeframe.W1, Timeframe.D1));
        List<Candle> candles = candles(series);
        assertThat(candles).hasSize(100);
        assertThat(candles.get(99).openTimeMs())
                .isEqualTo(Instant.parse("2024-02-01T00:00:00Z").toEpochMilli());
        List<Candle> fourHours = List.of(
                fourHours(Instant.parse("2023-12-13T12:00:00Z")),
                fourHours(Instant.parse("2023-12-13T16:00:00Z")),
                fourHours(Instant.parse("2023-12-13T20:00:00Z")));
        assertThat(candles.get(0))
                .isEqualTo(new Candle(
                        Instant.parse("2023-12-13T12:00:00Z").toEpochMilli(),
                        fourHours.get(0).open(),
                        fourHours.stream().mapToDouble(Candle::high).max().orElseThrow(),
                        fourHours.stream().mapToDouble(Candle::low).min().orElseThrow(),
                        fourHours.get(2).close(),
                        fourHours.get(0).volume()
                                + fourHours.get(1).volume()
                                + fourHours.get(2).volume()));
    }

    private static Candle fourHours(Instant open) {
        var row = KrakenAnswers.row(KrakenAnswers.recordedRows(), open.getEpochSecond(), 4 * 3600);
        return new Candle(
                open.toEpochMilli(),
                row.get(1).asDouble(),
                row.get(2).asDouble(),
                row.get(3).asDouble(),
                row.get(4).asDouble(),
                row.get(6).asDouble());
    }

    @Test
    void theUniverseIsRankedFromOneTickerRequestForEveryPair() {
        Map<MarketSymbol, Ticker24h> tickers = await(harness.source.tickers());

        assertThat(tickers).hasSize(8);
        assertThat(Universe.top(tickers.values(), harness.source.defaultQuote(), 3))
                .containsExactly(sym("BTC/USD"), sym("ETH/USD"), sym("SOL/USD"));
        assertThat(tickers.get(sym("BTC/USD")).lastPrice()).isEqualTo(73385.1);
        assertThat(harness.requests(TICKER)).isEqualTo(1);
        assertThat(harness.wireMock.getAllServeEvents())
                .filteredOn(e -> e.getRequest().getUrl().startsWith(TICKER))
                .allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo(TICKER));
    }

    @Test
    void theInstrumentsAreFetchedOnceForSeveralCalls() {
        long since = Instant.parse("2024-02-01T12:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", since)
                .willReturn(okJson(ohlc("XXBTZUSD", 3600, NOW.getEpochSecond(), since))));
        harness.wireMock.stubFor(ohlcRequest("XDGUSD", "60", since)
                .willReturn(okJson(ohlc("XDGUSD", 3600, NOW.getEpochSecond(), since))));

        await(harness.source.candles(sym("BTC/USD"), Timeframe.H1, 2));
        CandleSeries doge = await(harness.source.candles(sym("DOGE/USD"), Timeframe.H1, 2));
        await(harness.source.tickers());

        assertThat(doge.size()).isEqualTo(2);
        assertThat(harness.requests(PAIRS)).isEqualTo(1);
        assertThat(harness.requests(OHLC)).isEqualTo(2);
        assertThat(harness.requests(TICKER)).isEqualTo(1);
        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.counted("candles", "200")).isEqualTo(2);
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

    private static List<Candle> candles(CandleSeries series) {
        return IntStream.range(0, series.size()).mapToObj(series::candle).toList();
    }
}

package io.fastscanner.marketdata.exchanges.kucoin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
import io.fastscanner.marketdata.exchanges.SpotMarketDataSource;
import io.fastscanner.scan.Universe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The spot source over the KuCoin adapter against a stand-in of KuCoin serving the fixtures. Each candle stub answers
 * only the exact {@code symbol}, {@code type}, {@code startAt} and {@code endAt} expected, so a request with other
 * parameters finds no stub and fails the test.
 */
class KucoinSourceTest {

    /** Five seconds after the 18:00 candle of the recorded answer closed. */
    private static final Instant NOW = Instant.parse("2024-01-30T19:00:05Z");

    private static final String SYMBOLS = "/api/v2/symbols";
    private static final String TICKERS = "/api/v1/market/allTickers";
    private static final String CANDLES = "/api/v1/market/candles";
    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final Duration STILL_HELD = Duration.ofMillis(1500);

    private SpotHarness harness;
    private SpotMarketDataSource source;

    @BeforeEach
    void start() {
        harness = new SpotHarness(new KucoinApi(), NOW);
        source = harness.source;
        harness.wireMock.stubFor(get(urlPathEqualTo(SYMBOLS)).willReturn(ok(fixture("symbols.json"))));
        harness.wireMock.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(ok(fixture("all-tickers.json"))));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theRecordedAnswerBecomesAnAscendingSeriesInMilliseconds() {
        stubCandles("BTC-USDT", "1hour", 1706630399, 1706637601, ok(fixture("klines.json")));

        CandleSeries series = await(source.candles(BTC, Timeframe.H1, 3));

        assertThat(series.symbol()).isEqualTo(BTC);
        assertThat(series.timeframe()).isEqualTo(Timeframe.H1);
        assertThat(series.size()).isEqualTo(3);
        assertThat(series.candle(0))
                .isEqualTo(new Candle(1706630400000L, 43383.7, 43521.9, 43222.8, 43501, 101.30420492));
        assertThat(series.candle(1))
                .isEqualTo(new Candle(1706634000000L, 43501.1, 43598.9, 43305.2, 43396.4, 101.11170513));
        assertThat(series.candle(2))
                .isEqualTo(new Candle(1706637600000L, 43396.4, 43491.9, 43285.2, 43369.4, 135.02905655));
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
    }

    @Test
    void theFormingCandleIsDroppedWhenKucoinSendsIt() {
        harness.clock.set(Instant.parse("2024-01-30T18:30:00Z")); // the 18:00 candle is still forming
        // asked for 16:00 and 17:00, the stand-in answers the recorded rows, the forming 18:00 one among them
        stubCandles("BTC-USDT", "1hour", 1706630399, 1706634001, ok(fixture("klines.json")));

        CandleSeries series = await(source.candles(BTC, Timeframe.H1, 2));

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.candle(0).openTimeMs()).isEqualTo(1706630400000L);
        assertThat(series.lastCandle().openTimeMs()).isEqualTo(1706634000000L);
        assertThat(series.lastCandle().close()).isEqualTo(43396.4);
    }

    @Test
    void weeksAreBuiltFromDaysFetchedInPagesOf1500WithoutGapsOrDuplicates() {
        long lastWeek = Instant.parse("2024-01-22T00:00:00Z").toEpochMilli(); // Monday of the last closed week
        long firstDay = lastWeek - 249 * Timeframe.W1.millis();
        long day = Timeframe.D1.millis();
        KucoinDays days = new KucoinDays(firstDay);
        stubCandles(
                "BTC-USDT", "1day", firstDay / 1000 - 1, (firstDay + 1499 * day) / 1000 + 1, ok(days.json(0, 1500)));
        stubCandles(
                "BTC-USDT",
                "1day",
                (firstDay + 1500 * day) / 1000 - 1,
                (firstDay + 1749 * day) / 1000 + 1,
                ok(days.json(1500, 250)));

        CandleSeries series = await(source.candles(BTC, Timeframe.W1, 250));

        assertThat(harness.requests(CANDLES)).isEqualTo(2);
        assertThat(series.size()).isEqualTo(250);
        for (int i = 0; i < series.size(); i++) {
            assertThat(series.candle(i).openTimeMs()).isEqualTo(firstDay + i * Timeframe.W1.millis());
        }
        assertThat(series.candle(0)).isEqualTo(days.week(0));
        assertThat(series.candle(137)).isEqualTo(days.week(137));
        assertThat(series.lastCandle()).isEqualTo(days.week(249));
        assertThat(series.lastCandle().openTimeMs()).isEqualTo(lastWeek);
    }

    @Test
    void aRenamedPairIsRequestedByItsUnchangedSymbol() {
        stubCandles("LUNA-USDT", "1hour", 1706630399, 1706637601, ok(fixture("klines.json")));

        CandleSeries series = await(source.candles(MarketSymbol.of("LUNC", "USDT"), Timeframe.H1, 3));

        assertThat(series.size()).isEqualTo(3);
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
    }

    @Test
    void theDefaultUniverseIsTheTopUsdtPairsByQuoteVolumeFromOneTickersRequest() {
        Map<MarketSymbol, Ticker24h> tickers = await(source.tickers());

        assertThat(source.defaultQuote()).isEqualTo("USDT");
        assertThat(Universe.top(tickers.values(), source.defaultQuote(), 3))
                .containsExactly(BTC, MarketSymbol.of("ETH", "USDT"), MarketSymbol.of("SOL", "USDT"));
        // USDC/USDT trades more than ETH, but a stablecoin is no market to scan
        assertThat(Universe.top(tickers.values(), "USDT", 10))
                .hasSize(6)
                .doesNotContain(MarketSymbol.of("USDC", "USDT"))
                .contains(MarketSymbol.of("LUNC", "USDT"));
        assertThat(tickers.get(BTC).changePercent()).isEqualTo(0.89);
        assertThat(harness.requests(TICKERS)).isEqualTo(1);
    }

    @Test
    void instrumentsAreFetchedOnceForSeveralCalls() {
        stubCandles("BTC-USDT", "1hour", 1706630399, 1706637601, ok(fixture("klines.json")));
        stubCandles("LUNA-USDT", "1hour", 1706630399, 1706637601, ok(fixture("klines.json")));

        await(source.symbols());
        await(source.tickers());
        await(source.candles(BTC, Timeframe.H1, 3));
        await(source.candles(MarketSymbol.of("LUNC", "USDT"), Timeframe.H1, 3));

        assertThat(harness.requests(SYMBOLS)).isEqualTo(1);
        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.requests(TICKERS)).isEqualTo(1);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
    }

    @Test
    void aUsedUpQuotaPausesEveryRequestForKucoinsResetThenTheRequestIsRetried() throws Exception {
        MappingBuilder candles = candles("BTC-USDT", "1hour", 1706630399, 1706637601);
        harness.wireMock.stubFor(candles.inScenario("quota")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("gw-ratelimit-limit", "2000")
                        .withHeader("gw-ratelimit-remaining", "0")
                        .withHeader("gw-ratelimit-reset", "1000")
                        .withBody("{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}"))
                .willSetStateTo("reset"));
        harness.wireMock.stubFor(candles("BTC-USDT", "1hour", 1706630399, 1706637601)
                .inScenario("quota")
                .whenScenarioStateIs("reset")
                .willReturn(ok(fixture("klines.json"))));

        CompletableFuture<CandleSeries> series = source.candles(BTC, Timeframe.H1, 3)
                .subscribeAsCompletionStage()
                .orTimeout(60, TimeUnit.SECONDS);
        await("the 429 to pause every request").until(() -> budget().pauseEnd().isPresent());
        assertThat(budget().pauseEnd()).hasValue(NOW.plusMillis(1000));
        assertThat(budget().used()).isEqualTo(2000); // KuCoin's count: its whole quota
        CompletableFuture<Map<MarketSymbol, Ticker24h>> tickers =
                source.tickers().subscribeAsCompletionStage().orTimeout(60, TimeUnit.SECONDS);
        await("no request while the pause runs")
                .during(STILL_HELD)
                .atMost(STILL_HELD.plusSeconds(10))
                .until(() -> harness.requests(CANDLES) == 1
                        && harness.requests(TICKERS) == 0
                        && !series.isDone()
                        && !tickers.isDone());

        harness.clock.set(Instant.parse("2024-01-30T19:00:31Z")); // the pause is over, and the window KuCoin filled
        assertThat(series.get().size()).isEqualTo(3);
        assertThat(tickers.get()).containsKey(BTC);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
        assertThat(harness.counted("candles", "429")).isEqualTo(1);
    }

    @Test
    void aServerOverloadIsRetriedWithoutPausing() {
        harness.wireMock.stubFor(candles("BTC-USDT", "1hour", 1706630399, 1706637601)
                .inScenario("overload")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withBody("{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}"))
                .willSetStateTo("recovered"));
        harness.wireMock.stubFor(candles("BTC-USDT", "1hour", 1706630399, 1706637601)
                .inScenario("overload")
                .whenScenarioStateIs("recovered")
                .willReturn(ok(fixture("klines.json"))));

        assertThat(await(source.candles(BTC, Timeframe.H1, 3)).size()).isEqualTo(3);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
        assertThat(budget().pauseEnd()).isEmpty();
    }

    @Test
    void anIpRefusedByCloudflareIsBannedAndNothingIsSentUntilTheBanEnds() {
        stubCandles(
                "BTC-USDT",
                "1hour",
                1706630399,
                1706637601,
                aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html><head><title>Access denied | api.kucoin.com used Cloudflare to restrict "
                                + "access</title></head><body>Error 1006</body></html>"));
        Instant until = NOW.plus(Duration.ofMinutes(10)); // KuCoin names no end: the default ban

        assertThatThrownBy(() -> await(source.candles(BTC, Timeframe.H1, 3)))
                .isInstanceOfSatisfying(ExchangeBanException.class, e -> {
                    assertThat(e.until()).isEqualTo(until);
                    assertThat(e.status()).hasValue(403);
                });
        assertThat(budget().banEnd()).hasValue(until);

        assertThatThrownBy(() -> await(source.tickers()))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class, e -> assertThat(e.until()).isEqualTo(until));
        assertThatThrownBy(() -> await(source.candles(BTC, Timeframe.H1, 3))).isInstanceOf(ExchangeBanException.class);
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
        assertThat(harness.requests(TICKERS)).isEqualTo(0);
    }

    @Test
    void aPairNotListedIsRefusedWithoutARequest() {
        assertThatThrownBy(() -> await(source.candles(MarketSymbol.of("DOGE", "USDT"), Timeframe.H1, 3)))
                .isInstanceOf(UnknownSymbolException.class);
        assertThat(harness.requests(CANDLES)).isEqualTo(0);
    }

    @Test
    void aPairKucoinNoLongerProvidesIsAnInvalidSymbolAndTheInstrumentsAreFetchedAgain() {
        stubCandles(
                "XRP-USDT",
                "1hour",
                1706630399,
                1706637601,
                ok("{\"code\":\"400100\",\"msg\":\"This pair is not provided at present\"}"));

        assertThatThrownBy(() -> await(source.candles(MarketSymbol.of("XRP", "USDT"), Timeframe.H1, 3)))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).isEqualTo("invalid_symbol");
                    assertThat(e.getMessage()).contains("This pair is not provided at present");
                });
        assertThat(harness.requests(CANDLES)).isEqualTo(1); // not retried
        await(source.symbols());
        assertThat(harness.requests(SYMBOLS)).isEqualTo(2);
    }

    private BudgetState budget() {
        return harness.gates.get("kucoin").state().await().atMost(Duration.ofSeconds(5));
    }

    private static MappingBuilder candles(String symbol, String type, long startAt, long endAt) {
        return get(urlPathEqualTo(CANDLES))
                .withQueryParam("symbol", equalTo(symbol))
                .withQueryParam("type", equalTo(type))
                .withQueryParam("startAt", equalTo(String.valueOf(startAt)))
                .withQueryParam("endAt", equalTo(String.valueOf(endAt)));
    }

    private void stubCandles(String symbol, String type, long startAt, long endAt, ResponseDefinitionBuilder answer) {
        harness.wireMock.stubFor(candles(symbol, type, startAt, endAt).willReturn(answer));
    }

    static String fixture(String name) {
        return SpotHarness.resource("exchanges/kucoin/" + name);
    }

    private static ResponseDefinitionBuilder ok(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}

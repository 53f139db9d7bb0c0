package io.fastscanner.marketdata.exchanges.bybit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;
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
import io.fastscanner.scan.Universe;
import io.fastscanner.testing.Waits;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spot source with {@link BybitApi} against a stand-in of api.bybit.com serving the fixtures. */
class BybitSourceTest {

    private static final String KLINE = "/v5/market/kline";
    private static final String INSTRUMENTS = "/v5/market/instruments-info";
    private static final String TICKERS = "/v5/market/tickers";
    private static final MarketSymbol BTC_USDT = MarketSymbol.of("BTC", "USDT");
    private static final long HOUR = 3_600_000L;
    /** The recorded klines: 16:00, 17:00 and 18:00 UTC of 2024-01-30. */
    private static final long H16 = 1706630400000L;

    private static final long H17 = H16 + HOUR;
    /** 18:30: the 18:00 candle is still forming. */
    private static final Instant AT_1830 = Instant.ofEpochMilli(H16 + 2 * HOUR + HOUR / 2);

    private SpotHarness harness;

    private SpotHarness start(BybitApi api, Instant now) {
        harness = new SpotHarness(api, now);
        harness.wireMock.stubFor(get(urlPathEqualTo(INSTRUMENTS))
                .withQueryParam("category", equalTo("spot"))
                .willReturn(okJson(resource("exchanges/bybit/instruments-spot.json"))));
        harness.wireMock.stubFor(get(urlPathEqualTo(TICKERS))
                .withQueryParam("category", equalTo("spot"))
                .willReturn(okJson(resource("exchanges/bybit/tickers-spot.json"))));
        return harness;
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    private static MappingBuilder kline(String symbol, String interval, long start, long end, int limit) {
        return get(urlPathEqualTo(KLINE))
                .withQueryParam("category", equalTo("spot"))
                .withQueryParam("symbol", equalTo(symbol))
                .withQueryParam("interval", equalTo(interval))
                .withQueryParam("start", equalTo(String.valueOf(start)))
                .withQueryParam("end", equalTo(String.valueOf(end)))
                .withQueryParam("limit", equalTo(String.valueOf(limit)));
    }

    private static MappingBuilder anyKline() {
        return get(urlPathEqualTo(KLINE));
    }

    private static ResponseDefinitionBuilder recordedKlines() {
        return okJson(resource("exchanges/bybit/klines.json"));
    }

    /**
     * A Bybit answer with one row per open time from {@code start} to {@code end} (newest first, as Bybit sorts), the
     * values of the recorded rows taken in turn.
     */
    static String generatedKlines(String symbol, long start, long end, long step) {
        List<String> recorded = new ArrayList<>();
        BybitApiTest.fixture("klines.json").path("result").path("list").forEach(row -> {
            StringBuilder values = new StringBuilder();
            for (int i = 1; i < row.size(); i++) {
                values.append(",\"").append(row.get(i).asText()).append('"');
            }
            recorded.add(values.toString());
        });
        StringBuilder rows = new StringBuilder();
        for (long t = end; t >= start; t -= step) {
            if (rows.length() > 0) {
                rows.append(',');
            }
            rows.append("[\"")
                    .append(t)
                    .append('"')
                    .append(recorded.get((int) ((t / step) % recorded.size())))
                    .append(']');
        }
        return "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"symbol\":\"" + symbol + "\",\"category\":\"spot\","
                + "\"list\":[" + rows + "]},\"retExtInfo\":{},\"time\":" + (end + step) + "}";
    }

    @Test
    void candlesAreClosedOldestFirstWithTheFormingOneDropped() {
        start(new BybitApi(), AT_1830);
        harness.wireMock.stubFor(kline("BTCUSDT", "60", H16, H17, 2).willReturn(recordedKlines()));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 2));

        assertThat(series.symbol()).isEqualTo(BTC_USDT);
        assertThat(series.openTimes()).containsExactly(H16, H17); // 18:00 was in the answer, still forming at 18:30
        assertThat(series.candle(0)).isEqualTo(new Candle(H16, 43350.7, 43492.5, 43204.5, 43488, 1341.261));
        assertThat(series.candle(1)).isEqualTo(new Candle(H17, 43488, 43579.5, 43286.8, 43376.1, 3199.431));
    }

    @Test
    void moreCandlesThanOneRequestReturnsComeInAdjacentPagesWithoutGapsOrDuplicates() {
        start(new BybitApi(200), AT_1830);
        long newest = H17;
        long oldest = newest - 449 * HOUR;
        long[][] pages = {
            {oldest, oldest + 199 * HOUR, 200},
            {oldest + 200 * HOUR, oldest + 399 * HOUR, 200},
            {oldest + 400 * HOUR, newest, 50}
        };
        for (long[] p : pages) {
            harness.wireMock.stubFor(kline("BTCUSDT", "60", p[0], p[1], (int) p[2])
                    .willReturn(okJson(generatedKlines("BTCUSDT", p[0], p[1], HOUR))));
        }

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 450));

        assertThat(harness.requests(KLINE)).isEqualTo(3);
        for (long[] p : pages) {
            harness.wireMock.verify(
                    1,
                    getRequestedFor(urlPathEqualTo(KLINE))
                            .withQueryParam("start", equalTo(String.valueOf(p[0])))
                            .withQueryParam("end", equalTo(String.valueOf(p[1])))
                            .withQueryParam("limit", equalTo(String.valueOf(p[2]))));
        }
        assertThat(series.size()).isEqualTo(450);
        for (int i = 0; i < series.size(); i++) {
            assertThat(series.openTime(i)).isEqualTo(oldest + i * HOUR);
        }
    }

    @Test
    void theRequestSpellsThePairAsBybitDoes() {
        long day = Timeframe.D1.millis();
        Instant now = Instant.parse("2024-02-01T16:08:28.087Z");
        long jan31 = Instant.parse("2024-01-31T00:00:00Z").toEpochMilli();
        start(new BybitApi(), now);
        harness.wireMock.stubFor(
                kline("BTCBRZ", "D", jan31, jan31, 1).willReturn(okJson(generatedKlines("BTCBRZ", jan31, jan31, day))));

        CandleSeries series = await(harness.source.candles(MarketSymbol.of("BTC", "BRZ"), Timeframe.D1, 1));

        assertThat(series.symbol()).isEqualTo(MarketSymbol.of("BTC", "BRZ"));
        assertThat(series.openTimes()).containsExactly(jan31);
        harness.wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINE)).withQueryParam("symbol", equalTo("BTCBRZ")));
    }

    @Test
    void theDefaultUniverseIsTheTopUsdtPairsByTurnover() {
        start(new BybitApi(), AT_1830);

        Map<MarketSymbol, Ticker24h> tickers = await(harness.source.tickers());

        assertThat(tickers).hasSize(9);
        assertThat(tickers.get(BTC_USDT).changePercent()).isEqualTo(-0.96);
        assertThat(Universe.top(tickers.values(), harness.source.defaultQuote(), 3))
                .extracting(MarketSymbol::toString)
                .containsExactly("BTC/USDT", "ETH/USDT", "SOL/USDT");
        assertThat(Universe.top(tickers.values(), "USDT", 10))
                .extracting(MarketSymbol::toString)
                .containsExactly("BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "MNT/USDT"); // not USDC/USDT
    }

    @Test
    void tooManyVisitsPausesTheBudgetUntilBybitsResetThenRetries() {
        long serverTime = 1706803708087L;
        ResponseDefinitionBuilder tooMany = okJson("{\"retCode\":10006,\"retMsg\":\"Too many visits!\",\"result\":{},"
                        + "\"retExtInfo\":{},\"time\":" + serverTime + "}")
                .withHeader("X-Bapi-Limit-Reset-Timestamp", String.valueOf(serverTime + 1500));
        rateLimitedOnceThenAnswered(tooMany, 200, Duration.ofMillis(1500));
    }

    @Test
    void systemFrequencyProtectionPausesForRetryAfterThenRetries() {
        rateLimitedOnceThenAnswered(
                aResponse().withStatus(429).withHeader("Retry-After", "1"), 429, Duration.ofSeconds(1));
    }

    /** The first candles request gets {@code limited} (HTTP {@code status}), which names {@code pause}. */
    private void rateLimitedOnceThenAnswered(ResponseDefinitionBuilder limited, int status, Duration pause) {
        start(new BybitApi(), AT_1830);
        harness.clock.runFrom(AT_1830);
        harness.wireMock.stubFor(anyKline()
                .inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(limited)
                .willSetStateTo("answered"));
        harness.wireMock.stubFor(
                anyKline().inScenario("limited").whenScenarioStateIs("answered").willReturn(recordedKlines()));

        CompletableFuture<CandleSeries> call =
                harness.source.candles(BTC_USDT, Timeframe.H1, 2).subscribeAsCompletionStage();
        BudgetState paused = Waits.await("the budget paused")
                .until(
                        () -> await(harness.gates.get("bybit").state()),
                        s -> s.pauseEnd().isPresent());
        CandleSeries series = await(Uni.createFrom().completionStage(call));

        long pauseEnd = paused.pauseEnd().orElseThrow().toEpochMilli();
        assertThat(pauseEnd).isBetween(AT_1830.toEpochMilli() + pause.toMillis(), paused.nowMs() + pause.toMillis());
        assertThat(series.openTimes()).containsExactly(H16, H17);
        assertThat(harness.requests(KLINE)).isEqualTo(2);
        assertThat(harness.counted("candles", String.valueOf(status))).isEqualTo(status == 200 ? 2 : 1);
    }

    @Test
    void http403BansEveryRequestUntilTheDefaultBanEnds() {
        start(new BybitApi(), AT_1830);
        harness.wireMock.stubFor(
                anyKline().willReturn(aResponse().withStatus(403).withBody("403, access too frequent")));

        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 2)))
                .isInstanceOfSatisfying(
                        ExchangeBanException.class,
                        e -> assertThat(e.until()).isEqualTo(AT_1830.plus(Duration.ofMinutes(10))));
        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 2)))
                .isInstanceOf(ExchangeBanException.class);
        assertThatThrownBy(() -> await(harness.source.tickers())).isInstanceOf(ExchangeBanException.class);

        assertThat(harness.requests(KLINE)).isEqualTo(1);
        assertThat(harness.requests(TICKERS)).isZero();
        assertThat(await(harness.gates.get("bybit").state()).banEnd()).contains(AT_1830.plus(Duration.ofMinutes(10)));
    }

    @Test
    void aPairBybitDoesNotListIsUnknownWithoutAskingForCandles() {
        start(new BybitApi(), AT_1830);

        assertThatThrownBy(() -> await(harness.source.candles(MarketSymbol.of("DOGE", "USDT"), Timeframe.H1, 2)))
                .isInstanceOf(UnknownSymbolException.class);
        assertThat(harness.requests(KLINE)).isZero();
    }

    @Test
    void notSupportedSymbolsFailsTheCallAndTheInstrumentsAreFetchedAgain() {
        start(new BybitApi(), AT_1830);
        String notSupported = BybitApiTest.recordedError(10001).toString();
        harness.wireMock.stubFor(anyKline().willReturn(okJson(notSupported)));

        assertThatThrownBy(() -> await(harness.source.candles(BTC_USDT, Timeframe.H1, 2)))
                .isInstanceOfSatisfying(
                        UpstreamException.class, e -> assertThat(e.reason()).isEqualTo("invalid_symbol"));
        await(harness.source.symbols());

        assertThat(harness.requests(KLINE)).isEqualTo(1);
        assertThat(harness.requests(INSTRUMENTS)).isEqualTo(2);
    }

    @Test
    void theInstrumentsAreFetchedOnceForSeveralCalls() {
        start(new BybitApi(), AT_1830);
        harness.wireMock.stubFor(kline("BTCUSDT", "60", H16, H17, 2).willReturn(recordedKlines()));

        await(harness.source.tickers());
        await(harness.source.candles(BTC_USDT, Timeframe.H1, 2));
        await(harness.source.candles(BTC_USDT, Timeframe.H1, 2));
        await(harness.source.symbols());

        assertThat(harness.requests(INSTRUMENTS)).isEqualTo(1);
        assertThat(harness.requests(TICKERS)).isEqualTo(1);
        assertThat(harness.requests(KLINE)).isEqualTo(2);
        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.counted("candles", "200")).isEqualTo(2);
    }
}

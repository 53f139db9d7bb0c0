package io.fastscanner.marketdata.exchanges.kucoin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.text;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.BTC;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.CANDLES;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.NOW;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.SYMBOLS;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.TICKERS;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.candles;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.ok;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.stubCandles;
import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The KuCoin source against the stand-in ({@link KucoinStandIn}) when KuCoin refuses: its quota used up, its server
 * overloaded, Cloudflare's ban, and pairs it does not list or no longer provides.
 */
class KucoinSourceErrorsTest {

    private static final Duration STILL_HELD = Duration.ofMillis(1500);

    private final SpotHarness harness = KucoinStandIn.start();
    private final SpotMarketDataSource source = harness.source;

    @AfterEach
    void stop() {
        harness.close();
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
                .willReturn(ok(text("klines.json"))));

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
                .willReturn(ok(text("klines.json"))));

        assertThat(await(source.candles(BTC, Timeframe.H1, 3)).size()).isEqualTo(3);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
        assertThat(budget().pauseEnd()).isEmpty();
    }

    @Test
    void anIpRefusedByCloudflareIsBannedAndNothingIsSentUntilTheBanEnds() {
        stubCandles(
                harness,
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
                harness,
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
}

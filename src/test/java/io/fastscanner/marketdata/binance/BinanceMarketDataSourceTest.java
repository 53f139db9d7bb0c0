package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.NoSuchMarketDataException;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.UnknownSymbolException;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.testing.Scans;
import io.fastscanner.testing.Waits;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(BinanceTestProfile.class)
class BinanceMarketDataSourceTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");

    /** Inside the last recorded 1m kline (open 1634944320000, close 1634944379999): that one is still forming. */
    private static final Instant DURING_LAST_KLINE = Instant.ofEpochMilli(1634944350000L);

    private static final String EXCHANGE_INFO = "/api/v3/exchangeInfo";
    private static final String TICKER = "/api/v3/ticker/24hr";
    private static final String KLINES = "/api/v3/klines";

    @InjectWireMock
    WireMockServer wireMock;

    @Inject
    BinanceMarketDataSource source;

    @Inject
    MarketDataSource chosen;

    @Inject
    MutableClock clock;

    @Inject
    MeterRegistry registry;

    @Inject
    BinanceWeightBudget budget;

    @BeforeEach
    void reset() {
        Scans.awaitIdle(); // no scan of an earlier test asks the exchange any more
        wireMock.resetAll();
        budget.clear().await().atMost(Waits.AT_MOST);
        CircuitBreakerMaintenance.get().resetAll();
        source.invalidateExchangeInfo();
        clock.set(DURING_LAST_KLINE);
        stub(EXCHANGE_INFO, 200, resource("exchangeInfo_BTCUSDT_ETHUSDT_nautilus.json"));
    }

    @Test
    void scannerSourceBinanceSelectsThisSource() {
        assertThat(chosen.exchange()).isEqualTo(Exchange.BINANCE);
        assertThat(chosen.now()).isEqualTo(DURING_LAST_KLINE);
        assertThat(chosen.timeframes()).contains(Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1);
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    @Test
    void symbolsComeFromExchangeInfoBaseAndQuoteAssets() {
        assertThat(source.symbols().await().atMost(WAIT)).containsExactly(BTC, ETH);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    @Test
    void onlyTradingSpotSymbolsAreListed() {
        // Constructed (not recorded): exchangeInfo entries with the fields the filter reads.
        stub(EXCHANGE_INFO, 200, """
                {"symbols":[
                 {"symbol":"BTCUSDT","status":"TRADING","baseAsset":"BTC","quoteAsset":"USDT","isSpotTradingAllowed":true},
                 {"symbol":"LUNAUSDT","status":"BREAK","baseAsset":"LUNA","quoteAsset":"USDT","isSpotTradingAllowed":true},
                 {"symbol":"ABCBTC","status":"TRADING","baseAsset":"ABC","quoteAsset":"BTC","isSpotTradingAllowed":false},
                 {"symbol":"1000SATSFDUSD","status":"TRADING","baseAsset":"1000SATS","quoteAsset":"FDUSD"},
                 {"symbol":"\u5e01\u5b89USDT","status":"TRADING","baseAsset":"\u5e01\u5b89","quoteAsset":"USDT","isSpotTradingAllowed":true}
                ]}""");

        assertThat(source.symbols().await().atMost(WAIT)).containsExactly(MarketSymbol.of("1000SATS", "FDUSD"), BTC);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    @Test
    void exchangeInfoIsCachedForItsTtl() {
        source.symbols().await().atMost(WAIT);
        source.symbols().await().atMost(WAIT);
        stub(KLINES, 200, resource("klines_BTCUSDT_1m_nautilus.json"));
        source.candles(BTC, Timeframe.M1, 3).await().atMost(WAIT);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));

        clock.advance(Duration.ofMinutes(59));
        source.symbols().await().atMost(WAIT);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));

        clock.advance(Duration.ofMinutes(1));
        source.symbols().await().atMost(WAIT);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    @Test
    void tickersMapTheRecordedValuesOfKnownSymbols() {
        String btc = resource("ticker_24hr_BTCUSDT_nautilus.json");
        // The all-symbols form is a JSON array. Built from the recorded BTCUSDT object plus a copy renamed to a
        // symbol exchangeInfo does not list, which must be ignored.
        stub(TICKER, 200, "[" + btc + "," + btc.replace("\"BTCUSDT\"", "\"XYZUSDT\"") + "]");

        Map<MarketSymbol, Ticker24h> tickers = source.tickers().await().atMost(WAIT);

        assertThat(tickers).containsOnlyKeys(BTC);
        assertThat(tickers.get(BTC))
                .isEqualTo(new Ticker24h(BTC, 60755.18, -3.003, 3289695271.67717710, 1634944401452L));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    @Test
    void klinesBecomeClosedCandlesAndTheFormingOneIsDropped() {
        stub(KLINES, 200, resource("klines_BTCUSDT_1m_nautilus.json"));

        CandleSeries series = source.candles(BTC, Timeframe.M1, 9).await().atMost(WAIT);

        wireMock.verify(
                1,
                getRequestedFor(urlPathEqualTo(KLINES))
                        .withQueryParam("symbol", equalTo("BTCUSDT"))
                        .withQueryParam("interval", equalTo("1m"))
                        .withQueryParam("limit", equalTo("10")));
        assertThat(series.symbol()).isEqualTo(BTC);
        assertThat(series.timeframe()).isEqualTo(Timeframe.M1);
        assertThat(series.size()).isEqualTo(9);
        assertThat(series.candle(0))
                .isEqualTo(new Candle(1634943780000L, 60685.22, 60729.84, 60670.90, 60719.27, 21.63272));
        assertThat(series.lastCandle())
                .isEqualTo(new Candle(1634944260000L, 60740.00, 60765.48, 60725.00, 60739.85, 5.31675));
        assertThat(series.lastCloseTimeMs()).isLessThanOrEqualTo(DURING_LAST_KLINE.toEpochMilli());
    }

    @Test
    void aCandleClosedAtNowIsIncludedAndTheLimitKeepsTheNewest() {
        stub(KLINES, 200, resource("klines_BTCUSDT_1m_nautilus.json"));
        clock.set(Instant.ofEpochMilli(1634944380000L)); // one ms after the last recorded close time

        CandleSeries series = source.candles(BTC, Timeframe.M1, 3).await().atMost(WAIT);

        assertThat(series.size()).isEqualTo(3);
        assertThat(series.openTime(0)).isEqualTo(1634944200000L);
        assertThat(series.lastCandle().openTimeMs()).isEqualTo(1634944320000L);
        assertThat(series.lastCandle().volume()).isEqualTo(0.04734);
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)).withQueryParam("limit", equalTo("4")));
    }

    @Test
    void anUnknownSymbolFailsWithoutAnyKlinesRequest() {
        assertThatThrownBy(() -> source.candles(MarketSymbol.of("DOGE", "USDT"), Timeframe.H1, 10)
                        .await()
                        .atMost(WAIT))
                .isInstanceOf(UnknownSymbolException.class)
                .isInstanceOf(NoSuchMarketDataException.class)
                .satisfies(
                        e -> assertThat(((UnknownSymbolException) e).reason()).isEqualTo("unknown_symbol"));
        wireMock.verify(0, getRequestedFor(urlPathEqualTo(KLINES)));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    @Test
    void invalidSymbolAnswerIsAClearErrorAndNotRetried() {
        stub(KLINES, 400, resource("error_400_-1121_invalid_symbol.json"));
        double before = requests("klines", "400");

        assertThatThrownBy(() -> source.candles(BTC, Timeframe.H1, 10).await().atMost(WAIT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo("invalid_symbol");
                    assertThat(e.status()).hasValue(400);
                    assertThat(e.endpoint()).isEqualTo("klines");
                    assertThat(e.isTransient()).isFalse();
                    assertThat(e.getMessage()).contains("-1121").contains("Invalid symbol.");
                });
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
        assertThat(requests("klines", "400") - before).isEqualTo(1.0);

        // the exchange no longer knows the symbol: exchangeInfo is fetched again on the next call
        source.symbols().await().atMost(WAIT);
        wireMock.verify(2, getRequestedFor(urlPathEqualTo(EXCHANGE_INFO)));
    }

    @Test
    void serverErrorsAreRetriedABoundedNumberOfTimesThenReported() {
        stub(KLINES, 500, "");
        double before = requests("klines", "500");

        assertThatThrownBy(() -> source.candles(BTC, Timeframe.H1, 10).await().atMost(WAIT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo("http_500");
                    assertThat(e.status()).hasValue(500);
                    assertThat(e.isTransient()).isTrue();
                });
        // one attempt plus three retries
        wireMock.verify(4, getRequestedFor(urlPathEqualTo(KLINES)));
        assertThat(requests("klines", "500") - before).isEqualTo(4.0);
    }

    @Test
    void malformedJsonIsAClearErrorAndNotRetried() {
        stub(TICKER, 200, "[" + resource("ticker_24hr_BTCUSDT_nautilus.json").substring(0, 120));
        double before = requests("ticker24h", "200");

        assertThatThrownBy(() -> source.tickers().await().atMost(WAIT))
                .isInstanceOfSatisfying(UpstreamException.class, e -> {
                    assertThat(e.reason()).as(e.getMessage()).isEqualTo("malformed_response");
                    assertThat(e.endpoint()).isEqualTo("ticker24h");
                });
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
        assertThat(requests("ticker24h", "200") - before).isEqualTo(1.0);
    }

    @Test
    void wellFormedJsonOfTheWrongShapeIsMalformed() {
        stub(KLINES, 200, "[[1634943780000, \"60685.22\", \"x\"]]");

        assertThatThrownBy(() -> source.candles(BTC, Timeframe.M1, 5).await().atMost(WAIT))
                .isInstanceOfSatisfying(
                        UpstreamException.class,
                        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo("malformed_response"));
        wireMock.verify(1, getRequestedFor(urlPathEqualTo(KLINES)));
    }

    private void stub(String path, int status, String body) {
        wireMock.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "application/json")
                        .withBody(body)));
    }

    private double requests(String endpoint, String status) {
        Counter counter = registry.find("scanner.upstream.requests")
                .tags("source", "binance", "endpoint", endpoint, "status", status)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static String resource(String name) {
        try (InputStream in = BinanceMarketDataSourceTest.class.getResourceAsStream("/binance/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /binance/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.fastscanner.marketdata.exchanges.kucoin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotError;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The KuCoin readers on the fixtures, the request parameters and the meaning of each error answer. */
class KucoinApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Cloudflare's pages ("error code: 1015", "Access denied") as {@code SpotHttp} hands them over: not JSON. */
    private static final JsonNode NOT_JSON = MissingNode.getInstance();

    private final KucoinApi api = new KucoinApi();

    static JsonNode fixture(String name) {
        return json(SpotHarness.resource("exchanges/kucoin/" + name));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void candlesAreReadWithCloseBeforeHighAndLowAndTimesInMilliseconds() {
        List<Candle> candles = api.readCandles(fixture("klines.json"), Timeframe.H1);

        // as in the file, newest first: ["1706637600","43396.4","43369.4","43491.9","43285.2","135.02905655",...]
        assertThat(candles)
                .extracting(Candle::openTimeMs)
                .containsExactly(1706637600000L, 1706634000000L, 1706630400000L);
        assertThat(candles.get(0))
                .isEqualTo(new Candle(1706637600000L, 43396.4, 43491.9, 43285.2, 43369.4, 135.02905655));
        assertThat(candles.get(1))
                .isEqualTo(new Candle(1706634000000L, 43501.1, 43598.9, 43305.2, 43396.4, 101.11170513));
        assertThat(candles.get(2))
                .isEqualTo(new Candle(1706630400000L, 43383.7, 43521.9, 43222.8, 43501, 101.30420492));
    }

    @Test
    void anAnswerThatIsNotCandlesIsMalformed() {
        assertThatThrownBy(() -> api.readCandles(json("{\"code\":\"200000\",\"data\":{}}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() ->
                        api.readCandles(json("{\"code\":\"200000\",\"data\":[[\"1706637600\",\"1\"]]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(
                        json("{\"code\":\"200000\",\"data\":[[\"x\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\"]]}"),
                        Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void everyTradablePairMapsToItsCurrenciesAndBackToItsSymbol() {
        JsonNode body = fixture("symbols.json");
        Instruments instruments = api.readInstruments(body);

        List<String> tradable = new ArrayList<>();
        for (JsonNode pair : body.path("data")) {
            if (pair.path("enableTrading").asBoolean()
                    && !pair.path("baseCurrency").asText().contains(".")) {
                tradable.add(pair.path("symbol").asText());
            }
        }
        assertThat(tradable).hasSize(9);
        assertThat(instruments.size()).isEqualTo(tradable.size());
        for (String symbol : tradable) {
            MarketSymbol pair = instruments.symbol(symbol).orElseThrow(() -> new AssertionError(symbol));
            assertThat(instruments.exchangeSymbol(pair)).as(symbol).hasValue(symbol);
        }
        assertThat(instruments.symbol("BTC-USDT")).hasValue(MarketSymbol.of("BTC", "USDT"));
        assertThat(instruments.symbol("ETH-BTC")).hasValue(MarketSymbol.of("ETH", "BTC"));
    }

    @Test
    void aRenamedPairIsNamedByItsCurrenciesRequestedByItsSymbolAndKnownByItsNewName() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));

        MarketSymbol lunc = MarketSymbol.of("LUNC", "USDT");
        assertThat(instruments.exchangeSymbol(lunc)).hasValue("LUNA-USDT");
        assertThat(instruments.symbol("LUNC-USDT")).hasValue(lunc);
        assertThat(instruments.symbol("LUNA-USDT")).hasValue(lunc);
    }

    @Test
    void pairsNotTradingAndPairsWithAssetsWeCannotNameAreLeftOut() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));

        assertThat(instruments.symbol("BTC3L-USDT")).isEmpty(); // "enableTrading": false
        assertThat(instruments.symbol("SHIB2.0-USDT")).isEmpty(); // "SHIB2.0" is not an asset code we accept
        assertThat(instruments.symbols()).doesNotContain(MarketSymbol.of("BTC3L", "USDT"));
    }

    @Test
    void tickersCarryTheLastPriceTheChangeInPercentAndTheQuoteVolumeOfTheSnapshot() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));
        Map<MarketSymbol, Ticker24h> tickers = api.readTickers(fixture("all-tickers.json"), instruments, 0).stream()
                .collect(Collectors.toMap(Ticker24h::symbol, Function.identity()));

        // the BTC-USDT row has the values of the recorded 24 h stats (tickers.json of the shared recordings)
        Ticker24h btc = tickers.get(MarketSymbol.of("BTC", "USDT"));
        assertThat(btc.lastPrice()).isEqualTo(67400);
        assertThat(btc.changePercent()).isCloseTo(0.89, within(1e-9));
        assertThat(btc.quoteVolume()).isCloseTo(433203364.463489651, within(1e-3));
        assertThat(btc.asOfMs()).isEqualTo(1709897710012L);
        assertThat(tickers.get(MarketSymbol.of("KCS", "USDT")).changePercent()).isCloseTo(-0.61, within(1e-9));
        assertThat(tickers.get(MarketSymbol.of("LUNC", "USDT")).lastPrice()).isEqualTo(0.0001433);
        // KCS-BTC has no last price (no trades), BTC3L-USDT is not trading, XYZ-USDT is not listed
        assertThat(tickers.keySet())
                .hasSize(8)
                .doesNotContain(MarketSymbol.of("KCS", "BTC"), MarketSymbol.of("BTC3L", "USDT"))
                .noneMatch(s -> s.base().equals("XYZ"));
    }

    @Test
    void tickersWithoutTheSnapshotTimeAreAsOfNow() {
        Instruments instruments = api.readInstruments(fixture("symbols.json"));
        JsonNode body = json("{\"code\":\"200000\",\"data\":{\"ticker\":[{\"symbol\":\"BTC-USDT\",\"last\":\"67400\","
                + "\"changeRate\":\"-0.0125\",\"volValue\":\"100\"}]}}");

        assertThat(api.readTickers(body, instruments, 1709897711000L))
                .containsExactly(new Ticker24h(MarketSymbol.of("BTC", "USDT"), 67400, -1.25, 100, 1709897711000L));
    }

    @Test
    void theCandleRequestAsksFromOneSecondBeforeTheFirstOpenToOneSecondAfterTheLast() {
        SpotRequest request = api.candlesRequest("BTC-USDT", Timeframe.H1, "1hour", 1706630400000L, 1706637600000L, 3);

        assertThat(request.pathAndQuery())
                .isEqualTo("/api/v1/market/candles?symbol=BTC-USDT&type=1hour&startAt=1706630399&endAt=1706637601");
        assertThat(request.limit()).isEqualTo("kucoin");
        assertThat(request.weight()).isEqualTo(3);
        assertThat(request.endpoint()).isEqualTo("candles");
    }

    @Test
    void aFullPageOfDailyCandlesSpansExactly1500OpenTimes() {
        long from = 1_577_836_800_000L; // 2020-01-01
        long to = from + 1499 * Timeframe.D1.millis();
        SpotRequest request = api.candlesRequest("ETH-BTC", Timeframe.D1, "1day", from, to, 1500);

        assertThat(request.query())
                .containsEntry("symbol", "ETH-BTC")
                .containsEntry("type", "1day")
                .containsEntry("startAt", String.valueOf(from / 1000 - 1))
                .containsEntry("endAt", String.valueOf(to / 1000 + 1));
        assertThat(api.maxRowsPerRequest()).isEqualTo(1500);
    }

    @Test
    void everyIntervalIsServedButTheWeekWhichKucoinStartsOnThursday() {
        assertThat(api.interval(Timeframe.M1)).hasValue("1min");
        assertThat(api.interval(Timeframe.M5)).hasValue("5min");
        assertThat(api.interval(Timeframe.M15)).hasValue("15min");
        assertThat(api.interval(Timeframe.M30)).hasValue("30min");
        assertThat(api.interval(Timeframe.H1)).hasValue("1hour");
        assertThat(api.interval(Timeframe.H2)).hasValue("2hour");
        assertThat(api.interval(Timeframe.H4)).hasValue("4hour");
        assertThat(api.interval(Timeframe.H6)).hasValue("6hour");
        assertThat(api.interval(Timeframe.H12)).hasValue("12hour");
        assertThat(api.interval(Timeframe.D1)).hasValue("1day");
        assertThat(api.interval(Timeframe.W1)).isEmpty();
        assertThat(api.reachableRows()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void oneLimitOf80PercentOfThePublicPoolWithEachEndpointsWeight() {
        assertThat(api.limits())
                .containsExactly(new WindowLimit("kucoin", 1600, Duration.ofSeconds(30), Duration.ofSeconds(1)));
        assertThat(api.instrumentsRequest().pathAndQuery()).isEqualTo("/api/v2/symbols");
        assertThat(api.instrumentsRequest().weight()).isEqualTo(4);
        assertThat(api.tickersRequest().pathAndQuery()).isEqualTo("/api/v1/market/allTickers");
        assertThat(api.tickersRequest().weight()).isEqualTo(15);
        assertThat(List.of(api.instrumentsRequest(), api.tickersRequest()))
                .extracting(SpotRequest::limit)
                .containsOnly("kucoin");
    }

    @Test
    void kucoinsCountIsTakenInTheTermsOfTheDocumentedPool() {
        WindowLimit limit = api.limits().get(0);

        assertThat(api.usedWeight(limit, headers("2000", "300"))).hasValue(1700);
        assertThat(api.usedWeight(limit, headers("2000", "2000"))).hasValue(0);
        // a smaller quota than documented: each of KuCoin's units weighs more
        assertThat(api.usedWeight(limit, headers("1000", "500"))).hasValue(1000);
        assertThat(api.usedWeight(limit, Map.of("gw-ratelimit-remaining", List.of("1990"))))
                .hasValue(10);
        assertThat(api.usedWeight(limit, Map.of())).isEqualTo(OptionalInt.empty());
        assertThat(api.usedWeight(limit, headers("2000", "many"))).isEqualTo(OptionalInt.empty());
    }

    @Test
    void aGoodAnswerIsNoError() {
        assertThat(api.error(200, Map.of(), fixture("klines.json"))).isEmpty();
        assertThat(api.error(200, Map.of(), fixture("all-tickers.json"))).isEmpty();
    }

    @Test
    void theQuotaUsedUpIsARateLimitForTheTimeKucoinNames() {
        Map<String, List<String>> headers = Map.of(
                "gw-ratelimit-limit", List.of("2000"),
                "gw-ratelimit-remaining", List.of("0"),
                "gw-ratelimit-reset", List.of("1489"));

        assertThat(api.error(429, headers, json("{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}")))
                .hasValue(new SpotError.RateLimited(Optional.of(Duration.ofMillis(1489)), "429000: Too Many Requests"));
    }

    @Test
    void aServerOverloadWithoutQuotaHeadersIsTransient() {
        assertThat(api.error(429, Map.of(), json("{\"code\":\"429000\",\"msg\":\"Too Many Requests\"}")))
                .hasValue(new SpotError.Transient("server_overload", "429000: Too Many Requests"));
    }

    @Test
    void cloudflaresIpLimitPausesForItsRetryAfterOrItsDocumented30Seconds() {
        assertThat(api.error(429, Map.of(), NOT_JSON))
                .hasValueSatisfying(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                SpotError.RateLimited.class,
                                r -> assertThat(r.retryAfter()).hasValue(Duration.ofSeconds(30))));
        assertThat(api.error(429, Map.of("retry-after", List.of("12")), NOT_JSON))
                .hasValueSatisfying(e ->
                        assertThat(((SpotError.RateLimited) e).retryAfter()).hasValue(Duration.ofSeconds(12)));
    }

    @Test
    void cloudflaresAccessDeniedIsABanWithoutANamedEnd() {
        assertThat(api.error(403, Map.of(), NOT_JSON))
                .hasValueSatisfying(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                SpotError.Banned.class,
                                b -> assertThat(b.until()).isEmpty()));
    }

    @Test
    void anUnknownPairIsAnInvalidSymbolAlsoWithHttp200() {
        JsonNode quoted = fixture("errors.json").get(0).get("body"); // {"msg":"Unsupported trading pair.",...}

        assertThat(api.error(200, Map.of(), quoted))
                .hasValue(new SpotError.InvalidSymbol("400100: Unsupported trading pair."));
        assertThat(api.error(
                        200, Map.of(), json("{\"code\":\"400100\",\"msg\":\"This pair is not provided at present\"}")))
                .hasValue(new SpotError.InvalidSymbol("400100: This pair is not provided at present"));
    }

    @Test
    void otherParameterErrorsAndUnknownCodesFail() {
        assertThat(api.error(200, Map.of(), json("{\"code\":\"400100\",\"msg\":\"type invalid\"}")))
                .hasValue(new SpotError.Failed("kucoin_400100", "400100: type invalid"));
        assertThat(api.error(404, Map.of(), json("{\"code\":\"404000\",\"msg\":\"Url Not Found\"}")))
                .hasValue(new SpotError.Failed("kucoin_404000", "404000: Url Not Found"));
    }

    @Test
    void serverErrorsAreTransient() {
        assertThat(api.error(500, Map.of(), json("{\"code\":\"500000\",\"msg\":\"Internal Server Error\"}")))
                .hasValue(new SpotError.Transient("kucoin_500000", "500000: Internal Server Error"));
        assertThat(api.error(
                        200,
                        Map.of(),
                        json("{\"code\":\"408000\",\"msg\":\"Network timeout, please try again later\"}")))
                .hasValue(new SpotError.Transient("kucoin_408000", "408000: Network timeout, please try again later"));
        assertThat(api.error(503, Map.of(), json("{\"code\":\"503000\",\"msg\":\"Service Unavailable\"}")))
                .hasValue(new SpotError.Transient("kucoin_503000", "503000: Service Unavailable"));
        // a 5xx page that is not KuCoin's envelope is left to the defaults (transient http_502)
        assertThat(api.error(502, Map.of(), NOT_JSON)).isEmpty();
    }

    private static Map<String, List<String>> headers(String limit, String remaining) {
        return Map.of("gw-ratelimit-limit", List.of(limit), "gw-ratelimit-remaining", List.of(remaining));
    }
}

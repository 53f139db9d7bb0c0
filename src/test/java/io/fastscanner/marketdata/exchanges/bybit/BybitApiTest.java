package io.fastscanner.marketdata.exchanges.bybit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotError;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bybit's requests and readers against the recorded answers and the ones written from Bybit's documentation. */
class BybitApiTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BybitApi API = new BybitApi();
    private static final MarketSymbol BTC_USDT = MarketSymbol.of("BTC", "USDT");

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode fixture(String file) {
        return json(SpotHarness.resource("exchanges/bybit/" + file));
    }

    /** The body of one entry of {@code errors.json}, found by its Bybit code. */
    static JsonNode recordedError(int retCode) {
        for (JsonNode entry : fixture("errors.json")) {
            if (entry.path("body").path("retCode").asInt() == retCode) {
                return entry.get("body");
            }
        }
        throw new IllegalArgumentException("no recorded error " + retCode);
    }

    @Test
    void candlesAreTheRecordedRowsInTheirNewestFirstOrderWithMillisecondTimes() {
        List<Candle> candles = API.readCandles(fixture("klines.json"), Timeframe.H1);

        assertThat(candles)
                .extracting(Candle::openTimeMs)
                .containsExactly(1706637600000L, 1706634000000L, 1706630400000L);
        assertThat(candles.get(0)).isEqualTo(new Candle(1706637600000L, 43376.1, 43474.1, 43264.8, 43352.8, 1575.305));
        assertThat(candles.get(1)).isEqualTo(new Candle(1706634000000L, 43488, 43579.5, 43286.8, 43376.1, 3199.431));
        assertThat(candles.get(2)).isEqualTo(new Candle(1706630400000L, 43350.7, 43492.5, 43204.5, 43488, 1341.261));
    }

    @Test
    void candleValuesAreReadAsNumbersToo() {
        JsonNode body = json("{\"retCode\":0,\"result\":{\"list\":[[1706630400000,43350.7,43492.5,43204.5,43488,"
                + "1341.261,58117391.4117]]},\"time\":1706803708087}");

        assertThat(API.readCandles(body, Timeframe.H1))
                .containsExactly(new Candle(1706630400000L, 43350.7, 43492.5, 43204.5, 43488, 1341.261));
    }

    @Test
    void aShortRowOrAMissingListIsAMalformedAnswer() {
        assertThatThrownBy(() -> API.readCandles(
                        json("{\"retCode\":0,\"result\":{\"list\":[[\"1706630400000\",\"1\",\"2\"]]}}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> API.readCandles(json("{\"retCode\":0,\"result\":{}}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void instrumentsAreTheTradingPairsNamedByTheirCoins() {
        Instruments instruments = API.readInstruments(fixture("instruments-spot.json"));

        assertThat(instruments.symbols())
                .extracting(MarketSymbol::toString)
                .containsExactlyInAnyOrder(
                        "BTC/USDT",
                        "ETH/USDT",
                        "SOL/USDT",
                        "XRP/USDT",
                        "MNT/USDT",
                        "USDC/USDT",
                        "TNSR/USDT",
                        "ETH/BTC",
                        "BTC/USDC",
                        "BTC/BRZ");
        assertThat(instruments.exchangeSymbol(MarketSymbol.of("BTC", "BRZ"))).contains("BTCBRZ");
        assertThat(instruments.symbol("STETHUSDT")).as("lower-case coin stETH").isEmpty();
        assertThat(instruments.symbol("PORTALUSDT")).as("status PreLaunch").isEmpty();
    }

    @Test
    void everyTradingPairOfTheInstrumentsListMapsBackToItsBybitSymbol() {
        Instruments instruments = API.readInstruments(fixture("instruments-spot.json"));
        int checked = 0;
        for (JsonNode row : fixture("instruments-spot.json").path("result").path("list")) {
            String bybit = row.get("symbol").asText();
            Optional<MarketSymbol> symbol = instruments.symbol(bybit);
            if (symbol.isEmpty()) {
                continue;
            }
            assertThat(symbol.get())
                    .isEqualTo(MarketSymbol.of(
                            row.get("baseCoin").asText(), row.get("quoteCoin").asText()));
            assertThat(instruments.exchangeSymbol(symbol.get())).contains(bybit);
            checked++;
        }
        assertThat(checked).isEqualTo(instruments.size()).isEqualTo(10);
    }

    @Test
    void tickersGivePercentFromBybitsFractionAndTurnoverAsQuoteVolume() {
        Instruments instruments = API.readInstruments(fixture("instruments-spot.json"));

        Map<MarketSymbol, Ticker24h> tickers = API.readTickers(fixture("tickers-spot.json"), instruments, 1L).stream()
                .collect(Collectors.toMap(Ticker24h::symbol, t -> t));

        assertThat(tickers.get(BTC_USDT))
                .isEqualTo(new Ticker24h(BTC_USDT, 42580.12, -0.96, 1123456789.4212, 1706803708087L));
        assertThat(tickers.get(MarketSymbol.of("MNT", "USDT")).changePercent()).isCloseTo(4.38, offset(1e-9));
        assertThat(tickers.get(MarketSymbol.of("ETH", "BTC")).quoteVolume()).isEqualTo(61.2231748);
        assertThat(tickers).hasSize(9).doesNotContainKey(MarketSymbol.of("TNSR", "USDT")); // no trades yet: ""
    }

    @Test
    void theRecordedTickerWithQuotedTimeReads() {
        Instruments instruments = Instruments.builder().add(BTC_USDT, "BTCUSDT").build();

        List<Ticker24h> tickers = API.readTickers(fixture("tickers.json"), instruments, 1L);

        assertThat(tickers).hasSize(1);
        assertThat(tickers.get(0).lastPrice()).isEqualTo(51444.40);
        assertThat(tickers.get(0).changePercent()).isCloseTo(2.5861, offset(1e-9));
        assertThat(tickers.get(0).quoteVolume()).isEqualTo(2352063794.0035);
        assertThat(tickers.get(0).asOfMs()).isEqualTo(1707905549267L);
    }

    @Test
    void aCandlesRequestAsksForInclusiveMillisecondOpenTimes() {
        SpotRequest request = API.candlesRequest("BTCUSDT", Timeframe.H1, "60", 1706630400000L, 1706637600000L, 3);

        assertThat(request.pathAndQuery())
                .isEqualTo("/v5/market/kline?category=spot&symbol=BTCUSDT&interval=60&start=1706630400000"
                        + "&end=1706637600000&limit=3");
        assertThat(request.limit()).isEqualTo("bybit");
        assertThat(request.weight()).isEqualTo(1);
        assertThat(API.maxRowsPerRequest()).isEqualTo(1000);
        assertThat(API.reachableRows()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void instrumentsAndTickersAreOneSpotRequestEach() {
        assertThat(API.instrumentsRequest().pathAndQuery()).isEqualTo("/v5/market/instruments-info?category=spot");
        assertThat(API.tickersRequest().pathAndQuery()).isEqualTo("/v5/market/tickers?category=spot");
    }

    @Test
    void everyTimeframeIsServedByItsBybitInterval() {
        assertThat(List.of(Timeframe.values()))
                .extracting(tf -> API.interval(tf).orElse("-"))
                .containsExactly("1", "5", "15", "30", "60", "120", "240", "360", "720", "D", "W");
    }

    @Test
    void theBudgetIsEightyPercentPerSecondSoAnyFiveSecondsStayUnderSixHundred() {
        assertThat(API.limits()).hasSize(1);
        var limit = API.limits().get(0);
        assertThat(limit.name()).isEqualTo("bybit");
        assertThat(limit.window()).isEqualTo(Duration.ofSeconds(1));
        assertThat(limit.budget() * 5).isEqualTo(480);
        assertThat(limit.budget() * 6)
                .as("a rolling 5 s touches at most 6 windows")
                .isLessThan(600);
    }

    @Test
    void goodAnswersCarryNoError() {
        assertThat(API.error(200, Map.of(), fixture("klines.json"))).isEmpty(); // "retCode": "0" as a string
        assertThat(API.error(200, Map.of(), fixture("instruments-spot.json"))).isEmpty();
    }

    @Test
    void tooManyVisitsWaitsUntilBybitsResetTime() {
        Map<String, List<String>> headers =
                Map.of("x-bapi-limit-reset-timestamp", List.of("1706803709587"), "timenow", List.of("1706803708087"));

        assertThat(API.error(200, headers, recordedError(10006)))
                .contains(new SpotError.RateLimited(Optional.of(Duration.ofMillis(1500)), "10006: Too many visits!"));
        JsonNode withTime = json("{\"retCode\":\"10006\",\"retMsg\":\"Too many visits!\",\"time\":\"1706803709087\"}");
        assertThat(API.error(200, headers, withTime))
                .contains(new SpotError.RateLimited(Optional.of(Duration.ofMillis(500)), "10006: Too many visits!"));
        assertThat(API.error(200, Map.of(), recordedError(10006)))
                .contains(new SpotError.RateLimited(Optional.empty(), "10006: Too many visits!"));
    }

    @Test
    void systemFrequencyProtectionIsARateLimitToo() {
        assertThat(API.error(429, Map.of("retry-after", List.of("3")), MissingNode.getInstance()))
                .contains(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(3)), "HTTP 429"));
        assertThat(API.error(
                        200, Map.of(), json("{\"retCode\":10429,\"retMsg\":\"System level frequency protection\"}")))
                .containsInstanceOf(SpotError.RateLimited.class);
    }

    @Test
    void http403AndTheIpLimitCodesAreABanWithoutANamedEnd() {
        assertThat(API.error(403, Map.of(), MissingNode.getInstance()))
                .contains(new SpotError.Banned(Optional.empty(), "HTTP 403"));
        assertThat(API.error(200, Map.of(), json("{\"retCode\":10018,\"retMsg\":\"Exceeded the IP Rate Limit.\"}")))
                .contains(new SpotError.Banned(Optional.empty(), "10018: Exceeded the IP Rate Limit."));
        assertThat(API.error(200, Map.of(), json("{\"retCode\":10009,\"retMsg\":\"IP has been banned.\"}")))
                .containsInstanceOf(SpotError.Banned.class);
    }

    @Test
    void anUnsupportedSymbolIsAnInvalidSymbol() {
        assertThat(API.error(200, Map.of(), recordedError(10001)))
                .contains(new SpotError.InvalidSymbol("10001: Not supported symbols"));
        assertThat(API.error(200, Map.of(), json("{\"retCode\":170121,\"retMsg\":\"Invalid symbol.\"}")))
                .containsInstanceOf(SpotError.InvalidSymbol.class);
    }

    @Test
    void otherParameterErrorsFail() {
        assertThat(API.error(200, Map.of(), json("{\"retCode\":10001,\"retMsg\":\"Invalid period!\"}")))
                .contains(new SpotError.Failed("bybit_10001", "10001: Invalid period!"));
        assertThat(API.error(200, Map.of(), json("{\"retCode\":10017,\"retMsg\":\"Route not found.\"}")))
                .contains(new SpotError.Failed("bybit_10017", "10017: Route not found."));
    }

    @Test
    void serverTimeoutsAndServerErrorsAreTransient() {
        assertThat(API.error(200, Map.of(), json("{\"retCode\":10016,\"retMsg\":\"Server error.\"}")))
                .contains(new SpotError.Transient("bybit_10016", "10016: Server error."));
        assertThat(API.error(200, Map.of(), json("{\"retCode\":10000,\"retMsg\":\"Server Timeout\"}")))
                .contains(new SpotError.Transient("bybit_10000", "10000: Server Timeout"));
        assertThat(API.error(502, Map.of(), MissingNode.getInstance()))
                .as("left to the 5xx default")
                .isEmpty();
    }
}

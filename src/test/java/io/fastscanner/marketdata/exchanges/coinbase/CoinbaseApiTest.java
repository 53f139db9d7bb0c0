package io.fastscanner.marketdata.exchanges.coinbase;

import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;
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
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CoinbaseApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double EXACT = 1e-9;
    private static final long NOW = Instant.parse("2024-03-13T12:30:00Z").toEpochMilli();

    private final CoinbaseApi api = new CoinbaseApi();

    @Test
    void readsEveryColumnOfTheCandlesByName() {
        List<Candle> candles = api.readCandles(json("exchanges/coinbase/candles.json"), Timeframe.H1);

        assertThat(candles).hasSize(6);
        assertThat(candles)
                .extracting(Candle::openTimeMs)
                .as("answered newest first, kept as answered")
                .containsExactly(
                        1710331200000L, 1710327600000L, 1710324000000L, 1710320400000L, 1710316800000L, 1710313200000L);
        assertCandle(candles.get(1), 1710327600000L, 73243.33, 73402.47, 73241.5, 73370.65, 1.56794406);
        assertCandle(candles.get(5), 1710313200000L, 72890.12, 73105.44, 72811.05, 73044.3, 48.21937655);
    }

    @Test
    void theAdvancedRowHoldsTheValuesOfTheRecordedExchangeRow() {
        JsonNode recorded = json("exchanges/coinbase/klines.json").get(0); // [time, low, high, open, close, volume]
        Candle written = api.readCandles(json("exchanges/coinbase/candles.json"), Timeframe.H1)
                .get(1);

        assertCandle(
                written,
                recorded.get(0).longValue() * 1000,
                recorded.get(3).doubleValue(),
                recorded.get(2).doubleValue(),
                recorded.get(1).doubleValue(),
                recorded.get(4).doubleValue(),
                recorded.get(5).doubleValue());
    }

    @Test
    void readsTheDocumentedCandlesExample() {
        List<Candle> candles =
                api.readCandles(json("exchanges/coinbase/klines-advanced-documented.json"), Timeframe.H1);

        assertThat(candles).hasSize(1);
        assertCandle(candles.get(0), 1639508050000L, 140.21, 140.21, 140.21, 140.21, 56437345);
    }

    @Test
    void aCandlesAnswerThatIsNotTheDocumentedOneIsMalformed() {
        assertThatThrownBy(() -> api.readCandles(parse("{\"products\":[]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(
                        parse("{\"candles\":[{\"start\":\"x\",\"low\":\"1\",\"high\":\"1\",\"open\":\"1\","
                                + "\"close\":\"1\",\"volume\":\"1\"}]}"),
                        Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
        assertThatThrownBy(() -> api.readCandles(
                        parse("{\"candles\":[{\"start\":\"1710327600\",\"open\":\"1\"}]}"), Timeframe.H1))
                .isInstanceOf(MalformedAnswerException.class);
    }

    @Test
    void servesThePublicGranularitiesAndLeavesTheOthersToBeBuilt() {
        assertThat(api.interval(Timeframe.M1)).contains("ONE_MINUTE");
        assertThat(api.interval(Timeframe.M5)).contains("FIVE_MINUTE");
        assertThat(api.interval(Timeframe.M15)).contains("FIFTEEN_MINUTE");
        assertThat(api.interval(Timeframe.M30)).contains("THIRTY_MINUTE");
        assertThat(api.interval(Timeframe.H1)).contains("ONE_HOUR");
        assertThat(api.interval(Timeframe.H2)).contains("TWO_HOUR");
        assertThat(api.interval(Timeframe.H6)).contains("SIX_HOUR");
        assertThat(api.interval(Timeframe.D1)).contains("ONE_DAY");
        assertThat(api.interval(Timeframe.H4)).isEmpty();
        assertThat(api.interval(Timeframe.H12)).isEmpty();
        assertThat(api.interval(Timeframe.W1)).isEmpty();
        assertThat(api.maxRowsPerRequest()).isEqualTo(350);
        assertThat(api.reachableRows()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void asksForTheOpenTimesInSecondsBothEndsIncluded() {
        long from = Instant.parse("2024-03-13T07:00:00Z").toEpochMilli();
        long to = Instant.parse("2024-03-13T11:00:00Z").toEpochMilli();

        SpotRequest hourly = api.candlesRequest("BTC-USD", Timeframe.H1, "ONE_HOUR", from, to, 5);

        assertThat(hourly.pathAndQuery())
                .isEqualTo("/api/v3/brokerage/market/products/BTC-USD/candles"
                        + "?start=1710313200&end=1710327600&granularity=ONE_HOUR&limit=5");
        assertThat(hourly.endpoint()).isEqualTo("candles");
        assertThat(hourly.limit()).isEqualTo("coinbase");
        assertThat(hourly.weight()).isEqualTo(1);

        long firstDay = Instant.parse("2023-03-29T00:00:00Z").toEpochMilli();
        long lastDay = Instant.parse("2024-03-12T00:00:00Z").toEpochMilli();
        assertThat(api.candlesRequest("CGLD-USD", Timeframe.D1, "ONE_DAY", firstDay, lastDay, 350)
                        .pathAndQuery())
                .isEqualTo("/api/v3/brokerage/market/products/CGLD-USD/candles"
                        + "?start=1680048000&end=1710201600&granularity=ONE_DAY&limit=350");
    }

    @Test
    void listsTheOnlineSpotProductsByTheirCurrencyIds() {
        Instruments instruments = api.readInstruments(json("exchanges/coinbase/products.json"));

        assertThat(instruments.symbols())
                .containsExactlyInAnyOrder(
                        pair("BTC/USD"),
                        pair("ETH/USD"),
                        pair("SOL/USD"),
                        pair("DOGE/USD"),
                        pair("CELO/USD"),
                        pair("USDT/USD"),
                        pair("BTC/USDT"),
                        pair("BTC/USDC"),
                        pair("ETH/BTC"),
                        pair("AEVO/USD"));
        assertThat(instruments.exchangeSymbol(pair("CELO/USD"))).contains("CGLD-USD");
        assertThat(instruments.exchangeSymbol(pair("BTC/USDC")))
                .as("the USDC alias of the USD book keeps its own product id")
                .contains("BTC-USDC");
        assertThat(instruments.symbol("RGT-USD")).as("delisted").isEmpty();
        assertThat(instruments.symbol("MPL-USD")).as("offline").isEmpty();
    }

    @Test
    void everyListedProductReadsBackToItsOwnId() {
        JsonNode products = json("exchanges/coinbase/products.json").get("products");
        Instruments instruments = api.readInstruments(json("exchanges/coinbase/products.json"));
        int online = 0;
        for (JsonNode product : products) {
            if (!"online".equals(product.get("status").asText())) {
                continue;
            }
            online++;
            String id = product.get("product_id").asText();
            MarketSymbol symbol = instruments.symbol(id).orElseThrow(() -> new AssertionError("not listed: " + id));
            assertThat(instruments.exchangeSymbol(symbol)).as(id).contains(id);
        }
        assertThat(online).isEqualTo(instruments.size()).isEqualTo(10);
    }

    @Test
    void skipsProductsWhoseAssetsAreNoMarketSymbolAndOtherTypes() {
        JsonNode body = parse("{\"products\":["
                + product("BTC-USD", "BTC", "USD", "online", "SPOT") + ","
                + product("W.E-USD", "W.E", "USD", "online", "SPOT") + ","
                + product("BIT-29MAR24-CDE", "BTC", "USD", "online", "FUTURE") + "]}");

        Instruments instruments = api.readInstruments(body);

        assertThat(instruments.symbols()).containsExactly(pair("BTC/USD"));
        assertThat(instruments.exchangeSymbol(pair("BTC/USD"))).contains("BTC-USD");
    }

    @Test
    void readsTheTickersOfTheListedProducts() {
        JsonNode body = json("exchanges/coinbase/products.json");
        Instruments instruments = api.readInstruments(body);

        Map<MarketSymbol, Ticker24h> tickers = api.readTickers(body, instruments, NOW).stream()
                .collect(Collectors.toMap(Ticker24h::symbol, Function.identity()));

        assertThat(tickers.keySet())
                .as("no ticker for a product never traded, nor for the delisted and offline ones")
                .doesNotContain(pair("AEVO/USD"))
                .hasSize(9);
        Ticker24h btc = tickers.get(pair("BTC/USD"));
        assertThat(btc.lastPrice()).isCloseTo(73420.01, within(EXACT));
        assertThat(btc.changePercent()).isCloseTo(1.90381562843812, within(EXACT));
        assertThat(btc.quoteVolume()).isCloseTo(1092007718.32, within(1e-3));
        assertThat(btc.asOfMs()).isEqualTo(NOW);
        Ticker24h sol = tickers.get(pair("SOL/USD"));
        assertThat(sol.changePercent()).as("the docs' spelling 9.43%").isCloseTo(9.43, within(EXACT));
        assertThat(sol.quoteVolume())
                .as("no approximate_quote_24h_volume: base volume times price")
                .isCloseTo(1863022.118 * 152.48, within(1e-3));
        assertThat(tickers.get(pair("CELO/USD")).lastPrice()).isCloseTo(1.0123, within(EXACT));
        assertThat(tickers.get(pair("DOGE/USD")).changePercent()).isCloseTo(-2.31129476584022, within(EXACT));
    }

    @Test
    void theBtcUsdtProductCarriesTheRecordedExchangeTicker() {
        JsonNode recorded = json("exchanges/coinbase/tickers-exchange.json");
        JsonNode body = json("exchanges/coinbase/products.json");

        Ticker24h ticker = api.readTickers(body, api.readInstruments(body), NOW).stream()
                .filter(t -> t.symbol().equals(pair("BTC/USDT")))
                .findFirst()
                .orElseThrow();

        assertThat(ticker.lastPrice()).isCloseTo(recorded.get("price").asDouble(), within(EXACT));
        assertThat(ticker.quoteVolume())
                .isCloseTo(
                        recorded.get("volume").asDouble()
                                * recorded.get("price").asDouble(),
                        within(1.0));
    }

    @Test
    void instrumentsAndTickersComeFromTheSpotProductsList() {
        assertThat(api.instrumentsRequest().pathAndQuery())
                .isEqualTo("/api/v3/brokerage/market/products?product_type=SPOT");
        assertThat(api.tickersRequest().pathAndQuery())
                .isEqualTo(api.instrumentsRequest().pathAndQuery());
        assertThat(api.instrumentsRequest().endpoint()).isEqualTo("instruments");
        assertThat(api.tickersRequest().endpoint()).isEqualTo("tickers");
        assertThat(api.defaultBaseUrl()).isEqualTo("https://api.coinbase.com");
        assertThat(api.defaultQuote()).isEqualTo("USD");
    }

    @Test
    void budgetsEightOfTheTenRequestsASecond() {
        assertThat(api.limits())
                .containsExactly(new WindowLimit("coinbase", 8, Duration.ofSeconds(1), Duration.ofMillis(100)));
    }

    @Test
    void aTooManyRequestsAnswerPausesOneSecondUnlessTold() {
        assertThat(api.error(429, Map.of(), MissingNode.getInstance()))
                .contains(new SpotError.RateLimited(Optional.of(Duration.ofSeconds(1)), "HTTP 429"));
        assertThat(api.error(
                        429,
                        Map.of("retry-after", List.of("3")),
                        parse("{\"errors\":[{\"id\":\"rate_limit_exceeded\",\"message\":\"Too many requests\"}]}")))
                .contains(new SpotError.RateLimited(
                        Optional.of(Duration.ofSeconds(3)), "RATE_LIMIT_EXCEEDED: Too many requests"));
        assertThat(api.error(
                        200,
                        Map.of(),
                        parse("{\"error\":\"RESOURCE_EXHAUSTED\",\"message\":\"Resource has been exhausted\"}")))
                .as("whatever the status")
                .contains(new SpotError.RateLimited(
                        Optional.of(Duration.ofSeconds(1)), "RESOURCE_EXHAUSTED: Resource has been exhausted"));
    }

    @Test
    void anUnknownProductIsAnInvalidSymbol() {
        assertThat(api.error(
                        404,
                        Map.of(),
                        parse("{\"error\":\"NOT_FOUND\",\"error_details\":\"\","
                                + "\"message\":\"Product NOPE-USD not supported\"}")))
                .contains(new SpotError.InvalidSymbol("NOT_FOUND: Product NOPE-USD not supported"));
        assertThat(api.error(
                        400,
                        Map.of(),
                        parse("{\"error\":\"INVALID_ARGUMENT\",\"error_details\":\"ProductID is invalid\","
                                + "\"message\":\"ProductID is invalid\"}")))
                .contains(new SpotError.InvalidSymbol("INVALID_ARGUMENT: ProductID is invalid"));
        assertThat(api.error(404, Map.of(), parse("{\"message\":\"NotFound\"}")))
                .contains(new SpotError.InvalidSymbol("NotFound"));
    }

    @Test
    void otherErrorsAreFailedOrTransientByTheirCode() {
        assertThat(api.error(
                        400,
                        Map.of(),
                        parse("{\"error\":\"INVALID_ARGUMENT\",\"error_details\":\"start and end argument is invalid -"
                                + " number of candles requested should be less than 350\",\"message\":\"start and end"
                                + " argument is invalid - number of candles requested should be less than 350\"}")))
                .contains(new SpotError.Failed(
                        "invalid_argument",
                        "INVALID_ARGUMENT: start and end argument is invalid - number of candles requested should"
                                + " be less than 350"));
        JsonNode documented = json("exchanges/coinbase/errors.json").get(0).get("body");
        assertThat(api.error(404, Map.of(), documented))
                .contains(new SpotError.Failed("unknown", "UNKNOWN: order with this orderID was not found"));
        assertThat(api.error(500, Map.of(), parse("{\"error\":\"INTERNAL\",\"message\":\"internal error\"}")))
                .contains(new SpotError.Transient("internal", "INTERNAL: internal error"));
        assertThat(api.error(503, Map.of(), parse("{\"error\":\"UNAVAILABLE\",\"message\":\"try again\"}")))
                .contains(new SpotError.Transient("unavailable", "UNAVAILABLE: try again"));
    }

    @Test
    void goodAnswersAndUnexplainedStatusesAreLeftToTheDefaults() {
        assertThat(api.error(200, Map.of(), json("exchanges/coinbase/products.json")))
                .isEmpty();
        assertThat(api.error(200, Map.of(), json("exchanges/coinbase/candles.json")))
                .isEmpty();
        assertThat(api.error(418, Map.of(), MissingNode.getInstance()))
                .as("no documented ban")
                .isEmpty();
        assertThat(api.error(502, Map.of(), MissingNode.getInstance())).isEmpty();
        assertThat(api.error(404, Map.of(), MissingNode.getInstance())).isEmpty();
    }

    private static void assertCandle(
            Candle c, long openTimeMs, double open, double high, double low, double close, double volume) {
        assertThat(c.openTimeMs()).isEqualTo(openTimeMs);
        assertThat(c.open()).isCloseTo(open, within(EXACT));
        assertThat(c.high()).isCloseTo(high, within(EXACT));
        assertThat(c.low()).isCloseTo(low, within(EXACT));
        assertThat(c.close()).isCloseTo(close, within(EXACT));
        assertThat(c.volume()).isCloseTo(volume, within(EXACT));
    }

    private static String product(String id, String base, String quote, String status, String type) {
        return "{\"product_id\":\"" + id + "\",\"base_currency_id\":\"" + base + "\",\"quote_currency_id\":\"" + quote
                + "\",\"status\":\"" + status + "\",\"trading_disabled\":false,\"is_disabled\":false,"
                + "\"product_type\":\"" + type + "\",\"price\":\"1\"}";
    }

    private static MarketSymbol pair(String text) {
        return MarketSymbol.fromJson(text);
    }

    private static JsonNode json(String path) {
        return parse(resource(path));
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

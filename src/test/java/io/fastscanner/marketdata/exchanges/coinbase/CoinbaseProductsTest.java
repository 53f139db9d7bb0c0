package io.fastscanner.marketdata.exchanges.coinbase;

import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.json;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Coinbase spot products list: the instruments and the tickers read from it, and its request. */
class CoinbaseProductsTest {

    private static final double EXACT = 1e-9;
    private static final long NOW = Instant.parse("2024-03-13T12:30:00Z").toEpochMilli();

    private final CoinbaseApi api = new CoinbaseApi();

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

    private static String product(String id, String base, String quote, String status, String type) {
        return "{\"product_id\":\"" + id + "\",\"base_currency_id\":\"" + base + "\",\"quote_currency_id\":\"" + quote
                + "\",\"status\":\"" + status + "\",\"trading_disabled\":false,\"is_disabled\":false,"
                + "\"product_type\":\"" + type + "\",\"price\":\"1\"}";
    }

    private static MarketSymbol pair(String text) {
        return MarketSymbol.fromJson(text);
    }
}

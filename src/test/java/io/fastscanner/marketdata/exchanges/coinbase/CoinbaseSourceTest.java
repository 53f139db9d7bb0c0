package io.fastscanner.marketdata.exchanges.coinbase;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.JSON;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseAnswers.parse;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.BTC_USDT;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.NOW;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.PRODUCTS;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.candles;
import static io.fastscanner.marketdata.exchanges.coinbase.CoinbaseStandIn.stubProducts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.scan.Universe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Coinbase source against a stand-in serving the fixtures ({@link CoinbaseStandIn}) when Coinbase answers: the
 * candles it asks for, pages and builds, the default universe and how often it fetches the products list. Longer
 * series are the fixture's six candles repeated at the open times asked for (see the fixtures' README).
 */
class CoinbaseSourceTest {

    private static final long HOUR_S = 3600;
    private static final long ELEVEN = Instant.parse("2024-03-13T11:00:00Z").getEpochSecond();

    private final SpotHarness harness = new SpotHarness(new CoinbaseApi(), NOW);

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void servesTheClosedCandlesOldestFirstWithoutTheFormingOne() {
        stubProducts(harness);
        harness.wireMock.stubFor(
                get(urlEqualTo(candles("BTC-USDT") + "?start=1710313200&end=1710327600&granularity=ONE_HOUR&limit=5"))
                        .willReturn(okJson(resource("exchanges/coinbase/candles.json"))));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 5));

        assertThat(series.symbol()).isEqualTo(BTC_USDT);
        assertThat(series.timeframe()).isEqualTo(Timeframe.H1);
        assertThat(candles(series))
                .extracting(Candle::openTimeMs)
                .as("ascending, the 12:00 candle still forming at 12:30 left out")
                .containsExactly(1710313200000L, 1710316800000L, 1710320400000L, 1710324000000L, 1710327600000L);
        Candle oldest = candles(series).get(0);
        assertThat(oldest.open()).isCloseTo(72890.12, within(1e-9));
        assertThat(oldest.high()).isCloseTo(73105.44, within(1e-9));
        assertThat(oldest.low()).isCloseTo(72811.05, within(1e-9));
        assertThat(oldest.close()).isCloseTo(73044.3, within(1e-9));
        assertThat(oldest.volume()).isCloseTo(48.21937655, within(1e-9));
        Candle newest = candles(series).get(4);
        assertThat(newest.open()).isCloseTo(73243.33, within(1e-9));
        assertThat(newest.close()).isCloseTo(73370.65, within(1e-9));
        assertThat(newest.volume()).isCloseTo(1.56794406, within(1e-9));
    }

    @Test
    void moreCandlesThanOneRequestServesArePagedWithoutGapsOrDuplicates() {
        stubProducts(harness);
        long from = ELEVEN - 499 * HOUR_S;
        long firstEnd = from + 349 * HOUR_S;
        String first = candles("BTC-USDT") + "?start=" + from + "&end=" + firstEnd + "&granularity=ONE_HOUR&limit=350";
        String second = candles("BTC-USDT") + "?start=" + (firstEnd + HOUR_S) + "&end=" + ELEVEN
                + "&granularity=ONE_HOUR&limit=150";
        assertThat(second).contains("start=1709791200&end=1710327600");
        harness.wireMock.stubFor(get(urlEqualTo(first)).willReturn(okJson(rows(from, firstEnd, HOUR_S))));
        harness.wireMock.stubFor(get(urlEqualTo(second)).willReturn(okJson(rows(firstEnd + HOUR_S, ELEVEN, HOUR_S))));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H1, 500));

        assertThat(harness.requests(candles("BTC-USDT"))).isEqualTo(2);
        harness.wireMock.verify(1, getRequestedFor(urlEqualTo(first)));
        harness.wireMock.verify(1, getRequestedFor(urlEqualTo(second)));
        List<Candle> candles = candles(series);
        assertThat(candles).hasSize(500);
        for (int i = 0; i < candles.size(); i++) {
            assertThat(candles.get(i).openTimeMs()).isEqualTo((from + i * HOUR_S) * 1000);
        }
    }

    @Test
    void fourHourCandlesAreBuiltFromTwoHourOnes() {
        stubProducts(harness);
        long midnight = Instant.parse("2024-03-13T00:00:00Z").getEpochSecond();
        long ten = midnight + 10 * HOUR_S;
        harness.wireMock.stubFor(get(urlEqualTo(
                        candles("BTC-USDT") + "?start=" + midnight + "&end=" + ten + "&granularity=TWO_HOUR&limit=6"))
                .willReturn(okJson(rows(midnight, ten + 2 * HOUR_S, 2 * HOUR_S))));

        CandleSeries series = await(harness.source.candles(BTC_USDT, Timeframe.H4, 3));

        List<Candle> parts = read(rows(midnight, ten, 2 * HOUR_S));
        assertThat(candles(series)).hasSize(3);
        for (int i = 0; i < 3; i++) {
            Candle first = parts.get(5 - 2 * i);
            Candle second = parts.get(4 - 2 * i);
            Candle built = candles(series).get(i);
            assertThat(built.openTimeMs()).isEqualTo(first.openTimeMs()).isEqualTo((midnight + i * 4 * HOUR_S) * 1000);
            assertThat(built.open()).isEqualTo(first.open());
            assertThat(built.close()).isEqualTo(second.close());
            assertThat(built.high()).isEqualTo(Math.max(first.high(), second.high()));
            assertThat(built.low()).isEqualTo(Math.min(first.low(), second.low()));
            assertThat(built.volume()).isCloseTo(first.volume() + second.volume(), within(1e-9));
        }
    }

    @Test
    void asksForThePairByItsProductId() {
        stubProducts(harness);
        harness.wireMock.stubFor(get(urlPathEqualTo(candles("CGLD-USD")))
                .willReturn(okJson(resource("exchanges/coinbase/candles.json"))));

        CandleSeries series = await(harness.source.candles(MarketSymbol.of("CELO", "USD"), Timeframe.H1, 5));

        assertThat(series.symbol()).isEqualTo(MarketSymbol.of("CELO", "USD"));
        assertThat(candles(series)).hasSize(5);
        assertThat(harness.requests(candles("CGLD-USD"))).isEqualTo(1);
    }

    @Test
    void theDefaultUniverseIsTheTopUsdPairsByQuoteVolume() {
        stubProducts(harness);

        Map<MarketSymbol, Ticker24h> tickers = await(harness.source.tickers());

        assertThat(harness.source.defaultQuote()).isEqualTo("USD");
        assertThat(Universe.top(tickers.values(), harness.source.defaultQuote(), 3))
                .containsExactly(
                        MarketSymbol.of("BTC", "USD"), MarketSymbol.of("ETH", "USD"), MarketSymbol.of("SOL", "USD"));
        assertThat(Universe.top(tickers.values(), "USD", 10))
                .as("no stablecoin base, nothing untraded, delisted or offline")
                .containsExactly(
                        MarketSymbol.of("BTC", "USD"),
                        MarketSymbol.of("ETH", "USD"),
                        MarketSymbol.of("SOL", "USD"),
                        MarketSymbol.of("DOGE", "USD"),
                        MarketSymbol.of("CELO", "USD"));
        assertThat(tickers.get(MarketSymbol.of("BTC", "USD")).asOfMs()).isEqualTo(NOW.toEpochMilli());
    }

    @Test
    void theProductsListIsFetchedOnceForInstrumentsAndOncePerTickersCall() {
        stubProducts(harness);
        harness.wireMock.stubFor(get(urlPathEqualTo(candles("BTC-USDT")))
                .willReturn(okJson(resource("exchanges/coinbase/candles.json"))));
        harness.wireMock.stubFor(get(urlPathEqualTo(candles("CGLD-USD")))
                .willReturn(okJson(resource("exchanges/coinbase/candles.json"))));

        await(harness.source.candles(BTC_USDT, Timeframe.H1, 5));
        await(harness.source.candles(BTC_USDT, Timeframe.H1, 3));
        await(harness.source.candles(MarketSymbol.of("CELO", "USD"), Timeframe.H1, 5));
        assertThat(await(harness.source.symbols())).hasSize(10);
        await(harness.source.tickers());
        await(harness.source.tickers());

        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.counted("tickers", "200")).isEqualTo(2);
        assertThat(harness.requests(PRODUCTS)).isEqualTo(3);
        assertThat(harness.counted("candles", "200")).isEqualTo(3);
    }

    /**
     * A candles answer for the open times {@code [fromS, toS]} every {@code stepS} seconds, newest first: the fixture's
     * rows, repeated in its order (its oldest at {@code fromS}) with their open times shifted.
     */
    private static String rows(long fromS, long toS, long stepS) {
        JsonNode fixture = parse(resource("exchanges/coinbase/candles.json")).get("candles");
        ObjectNode body = JSON.createObjectNode();
        ArrayNode candles = body.putArray("candles");
        for (long open = toS; open >= fromS; open -= stepS) {
            int fromOldest = (int) ((open - fromS) / stepS % fixture.size());
            ObjectNode row = ((ObjectNode) fixture.get(fixture.size() - 1 - fromOldest)).deepCopy();
            row.put("start", String.valueOf(open));
            candles.add(row);
        }
        return body.toString();
    }

    private static List<Candle> read(String body) {
        return new ArrayList<>(new CoinbaseApi().readCandles(parse(body), Timeframe.H2));
    }
}

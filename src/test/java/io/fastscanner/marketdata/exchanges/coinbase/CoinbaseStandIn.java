package io.fastscanner.marketdata.exchanges.coinbase;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.SpotHarness.resource;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The Coinbase source against a stand-in serving the fixtures: its time, its paths and the stub of the products. */
final class CoinbaseStandIn {

    static final Instant NOW = Instant.parse("2024-03-13T12:30:00Z");
    static final String PRODUCTS = "/api/v3/brokerage/market/products";
    static final MarketSymbol BTC_USDT = MarketSymbol.of("BTC", "USDT");

    private CoinbaseStandIn() {}

    /** The stand-in serves the fixture's spot products list. */
    static void stubProducts(SpotHarness harness) {
        harness.wireMock.stubFor(get(urlPathEqualTo(PRODUCTS))
                .withQueryParam("product_type", equalTo("SPOT"))
                .willReturn(okJson(resource("exchanges/coinbase/products.json"))));
    }

    static String candles(String productId) {
        return PRODUCTS + "/" + productId + "/candles";
    }

    static List<Candle> candles(CandleSeries series) {
        List<Candle> candles = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            candles.add(series.candle(i));
        }
        return candles;
    }
}

package io.fastscanner.marketdata.exchanges.kucoin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.text;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.time.Instant;

/**
 * The spot source over the KuCoin adapter against a stand-in of KuCoin serving the fixtures. Each candle stub answers
 * only the exact {@code symbol}, {@code type}, {@code startAt} and {@code endAt} expected, so a request with other
 * parameters finds no stub and fails the test.
 */
final class KucoinStandIn {

    /** Five seconds after the 18:00 candle of the recorded answer closed. */
    static final Instant NOW = Instant.parse("2024-01-30T19:00:05Z");

    static final String SYMBOLS = "/api/v2/symbols";
    static final String TICKERS = "/api/v1/market/allTickers";
    static final String CANDLES = "/api/v1/market/candles";
    static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");

    private KucoinStandIn() {}

    /** The source at {@link #NOW} against a new stand-in serving the pairs and the tickers; close it after the test. */
    static SpotHarness start() {
        SpotHarness harness = new SpotHarness(new KucoinApi(), NOW);
        harness.wireMock.stubFor(get(urlPathEqualTo(SYMBOLS)).willReturn(ok(text("symbols.json"))));
        harness.wireMock.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(ok(text("all-tickers.json"))));
        return harness;
    }

    static MappingBuilder candles(String symbol, String type, long startAt, long endAt) {
        return get(urlPathEqualTo(CANDLES))
                .withQueryParam("symbol", equalTo(symbol))
                .withQueryParam("type", equalTo(type))
                .withQueryParam("startAt", equalTo(String.valueOf(startAt)))
                .withQueryParam("endAt", equalTo(String.valueOf(endAt)));
    }

    static void stubCandles(
            SpotHarness harness,
            String symbol,
            String type,
            long startAt,
            long endAt,
            ResponseDefinitionBuilder answer) {
        harness.wireMock.stubFor(candles(symbol, type, startAt, endAt).willReturn(answer));
    }

    static ResponseDefinitionBuilder ok(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }
}

package io.fastscanner.marketdata.live;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.util.function.Function;

/**
 * A WireMock extension answering the market data requests of Binance, Bybit and OKX from {@link MarketTruth} at the
 * moment of each request, so a request made after the clock moved sees the candles that closed meanwhile. Bybit's
 * and OKX's instruments and tickers are their recorded fixtures.
 */
final class TruthAnswers implements ResponseDefinitionTransformerV2 {

    static final String NAME = "market-truth";
    static final String BINANCE_KLINES = "/api/v3/klines";
    static final String BINANCE_TICKERS = "/api/v3/ticker/24hr";
    static final String BYBIT_KLINES = "/v5/market/kline";
    static final String OKX_CANDLES = "/api/v5/market/candles";

    private final TruthBodies bodies;

    TruthAnswers(MarketTruth market) {
        this.bodies = new TruthBodies(market);
    }

    /** The stubs of every path answered here, and the fixtures of the rest. */
    static void stub(WireMockServer wireMock) {
        for (String path :
                new String[] {"/api/v3/exchangeInfo", BINANCE_TICKERS, BINANCE_KLINES, BYBIT_KLINES, OKX_CANDLES}) {
            wireMock.stubFor(WireMock.get(WireMock.urlPathEqualTo(path))
                    .willReturn(WireMock.aResponse().withTransformers(NAME)));
        }
        fixture(wireMock, "/v5/market/instruments-info", "exchanges/bybit/instruments-spot.json");
        fixture(wireMock, "/v5/market/tickers", "exchanges/bybit/tickers-spot.json");
        fixture(wireMock, "/api/v5/public/instruments", "exchanges/okx/instruments.json");
        fixture(wireMock, "/api/v5/market/tickers", "exchanges/okx/tickers-spot.json");
    }

    private static void fixture(WireMockServer wireMock, String path, String resource) {
        wireMock.stubFor(WireMock.get(WireMock.urlPathEqualTo(path))
                .willReturn(WireMock.okJson(SpotHarness.resource(resource))));
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        Function<String, String> q = name -> request.queryParameter(name).firstValue();
        String path = request.getUrl().split("\\?")[0];
        String body = switch (path) {
            case "/api/v3/exchangeInfo" -> bodies.binanceExchangeInfo();
            case BINANCE_TICKERS -> bodies.binanceTickers();
            case BINANCE_KLINES ->
                bodies.binanceKlines(q.apply("symbol"), q.apply("interval"), Integer.parseInt(q.apply("limit")));
            case BYBIT_KLINES ->
                bodies.bybitKlines(
                        q.apply("symbol"),
                        q.apply("interval"),
                        Long.parseLong(q.apply("start")),
                        Long.parseLong(q.apply("end")),
                        Integer.parseInt(q.apply("limit")));
            default ->
                bodies.okxCandles(
                        q.apply("instId"),
                        q.apply("bar"),
                        Long.parseLong(q.apply("before")),
                        Long.parseLong(q.apply("after")),
                        Integer.parseInt(q.apply("limit")));
        };
        return WireMock.okJson(body).build();
    }

    /** How many kline requests reached the stand-in at {@code path} for {@code symbol} (as that exchange spells it). */
    static int klineRequests(WireMockServer wireMock, String path, String symbolParam, String symbol) {
        return (int) wireMock.getAllServeEvents().stream()
                .map(ServeEvent::getRequest)
                .filter(r -> r.getUrl().split("\\?")[0].equals(path))
                .filter(r -> symbol.equals(param(r, symbolParam)))
                .count();
    }

    private static String param(LoggedRequest request, String name) {
        var value = request.queryParameter(name);
        return value.isPresent() ? value.firstValue() : null;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}

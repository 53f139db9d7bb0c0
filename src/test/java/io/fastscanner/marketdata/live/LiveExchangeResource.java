package io.fastscanner.marketdata.live;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.fastscanner.marketdata.Exchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts the stand-ins of Binance, Bybit and OKX before the application: WireMock answering their market data
 * requests from the {@link MarketTruth}, and the {@link LoopbackStreamServer} for their streams; Binance is the
 * default source. The market trades {@link LiveSymbols#BINANCE_BASES} on Binance and the recorded pairs of the
 * fixtures on Bybit and OKX.
 */
public class LiveExchangeResource implements QuarkusTestResourceLifecycleManager {

    private LiveExchange exchange;

    @Override
    public Map<String, String> start() {
        MarketTruth market = new MarketTruth(LiveSymbols.BINANCE_BASES);
        WireMockServer rest = new WireMockServer(options().dynamicPort().extensions(new TruthAnswers(market)));
        rest.start();
        TruthAnswers.stub(rest);
        LoopbackStreamServer streams = LoopbackStreamServer.start(market::nowMs);
        exchange = new LiveExchange(rest, streams, market);
        String ws = "ws://127.0.0.1:" + streams.port();
        return Map.of(
                "scanner.source", Exchange.BINANCE.id(),
                "quarkus.rest-client.binance.url", rest.baseUrl(),
                "quarkus.rest-client.bybit.url", rest.baseUrl(),
                "quarkus.rest-client.okx.url", rest.baseUrl(),
                "scanner.live.binance.url", ws,
                "scanner.live.bybit.url", ws,
                "scanner.live.okx.url", ws);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                exchange, new TestInjector.AnnotatedAndMatchesType(InjectLiveExchange.class, LiveExchange.class));
    }

    @Override
    public void stop() {
        if (exchange != null) {
            exchange.streams().close();
            exchange.rest().stop();
        }
    }
}

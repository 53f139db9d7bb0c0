package io.fastscanner.marketdata.binance;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.fastscanner.marketdata.Exchange;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock server on a random port standing in for api.binance.com, with the binance source selected; stubs may hold
 * their answers until the test releases them ({@link HeldResponses}).
 */
public class BinanceWireMockResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().extensions(new HeldResponses()));
        server.start();
        return Map.of(
                "quarkus.rest-client.binance.url", server.baseUrl(),
                "quarkus.rest-client.okx.url", server.baseUrl(),
                "scanner.source", Exchange.BINANCE.id());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(
                server, new TestInjector.AnnotatedAndMatchesType(InjectWireMock.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}

package io.fastscanner.scannerapi;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.fastscanner.testing.Scans;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A WireMock server standing in for the Python scanner_api, with short timeouts for the tests. */
public class ScannerApiWireMock implements QuarkusTestResourceLifecycleManager {

    /** Whole-fetch bound in the tests. */
    static final String TIMEOUT = "4s";

    private static volatile WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort().containerThreads(16));
        server.start();
        return Map.of(
                "scanner.scanner-api.url",
                server.baseUrl(),
                "scanner.scanner-api.timeout",
                TIMEOUT,
                "scanner.scanner-api.poll-interval",
                "50ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /**
     * The peer as each test starts from it: no stubs, no requests seen, closed circuits, and no request of ours
     * outstanding there. First waits until no scan's deep analysis is asking it (another test's scan in this
     * application may still be).
     */
    public static WireMockServer freshPeer(ScannerApiService service, CircuitBreakerMaintenance circuitBreakers) {
        Scans.awaitIdle();
        server.resetAll();
        circuitBreakers.resetAll();
        service.forgetOurRequests();
        return server;
    }

    /** A recorded answer from {@code src/test/resources/scanner-api/}. */
    public static String recorded(String name) {
        try (InputStream in = ScannerApiWireMock.class.getResourceAsStream("/scanner-api/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recorded answer " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.fastscanner.marketdata.binance;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binance source against WireMock ({@link BinanceWireMockResource}), with the service's clock set by the tests
 * ({@link MutableClock}), retries without waiting and a 3 s request timeout. The weight budget is Binance's real one
 * (4800 per 1-minute window, 500 ms margin); the budget tests step the clock from window to window instead of
 * shrinking it. Every Binance test class runs in this one application.
 */
public class BinanceTestProfile implements QuarkusTestProfile {

    /** Method-level annotations are overridden per method or globally (not per class); global is simplest here. */
    static final String FT = "quarkus.fault-tolerance.global";

    static final int WEIGHT_BUDGET = 4800;
    static final Duration WEIGHT_WINDOW = Duration.ofMinutes(1);
    static final Duration WEIGHT_WINDOW_MARGIN = Duration.ofMillis(500);

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                // other test JVMs may run on this machine at the same time
                "quarkus.http.test-port",
                "0",
                FT + ".retry.delay",
                "1",
                FT + ".retry.jitter",
                "0",
                FT + ".exponential-backoff.max-delay",
                "10",
                "scanner.binance.timeout",
                "3s",
                "scanner.binance.weight-budget",
                String.valueOf(WEIGHT_BUDGET),
                "scanner.binance.weight-window",
                WEIGHT_WINDOW.toMillis() + "ms",
                "scanner.binance.weight-window-margin",
                WEIGHT_WINDOW_MARGIN.toMillis() + "ms");
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MutableClock.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(BinanceWireMockResource.class));
    }
}

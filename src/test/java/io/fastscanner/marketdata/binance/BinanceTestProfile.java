package io.fastscanner.marketdata.binance;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The binance source against WireMock, a hand-set clock, retries without waiting and a 3 s request timeout.
 * Subclasses add their own settings with {@link #extra()}.
 */
public class BinanceTestProfile implements QuarkusTestProfile {

    /** Method-level annotations are overridden per method or globally (not per class); global is simplest here. */
    static final String FT = "quarkus.fault-tolerance.global";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new java.util.HashMap<>(Map.of(
                // other test JVMs may run on this machine at the same time
                "quarkus.http.test-port", "0",
                FT + ".retry.delay", "1",
                FT + ".retry.jitter", "0",
                FT + ".exponential-backoff.max-delay", "10",
                "scanner.binance.timeout", "3s"));
        config.putAll(extra());
        return config;
    }

    protected Map<String, String> extra() {
        return Map.of();
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

package io.fastscanner.testing;

import io.fastscanner.marketdata.binance.MutableClock;
import io.fastscanner.marketdata.live.LiveExchangeResource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Live streams on, against the stand-ins of {@link LiveExchangeResource} (Binance the default source, Bybit and OKX
 * when a scan names them), with the service's clock set by the tests ({@link MutableClock}): a connection silent for
 * 2 s is stalled, reconnections wait 100 ms to 1 s, the default universe (the two most traded pairs) is watched on
 * 1h from start-up, a connection lives as long as the exchange lets it, and the tickers are refreshed in the
 * background only every 10 minutes (a scan refreshes them when they are older than 20). No deep analysis, so the only candle
 * requests are the quick scans' and the streams' repairs.
 */
public class LiveStreamsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.http.test-port", "0");
        config.put("scanner.live.enabled", "true");
        config.put("scanner.live.timeframes", "1h");
        config.put("scanner.live.watch-universe", "true");
        config.put("scanner.live.stall-after", "2s");
        config.put("scanner.live.reconnect-min", "100ms");
        config.put("scanner.live.reconnect-max", "1s");
        config.put("scanner.live.ticker-refresh", "10m");
        config.put("scanner.universe.size", "2");
        config.put("scanner.deep-analysis.enabled", "false");
        config.put("scanner.ml.enabled", "false");
        config.put("scanner.binance.timeout", "5s");
        config.put("quarkus.fault-tolerance.global.retry.delay", "1");
        config.put("quarkus.fault-tolerance.global.retry.jitter", "0");
        return config;
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(MutableClock.class);
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(LiveExchangeResource.class));
    }
}

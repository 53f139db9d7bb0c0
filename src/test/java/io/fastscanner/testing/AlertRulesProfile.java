package io.fastscanner.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The bundled replay for the tests of alert rules and notification channels, which share this one start of the
 * application:
 * <ul>
 * <li>channels may send to loopback addresses, where the tests' webhook receivers ({@link WebhookInbox}) listen;</li>
 * <li>deliveries are retried quickly, {@link #MAX_ATTEMPTS} attempts each, and {@link #PAUSE_AFTER} failed deliveries
 * in a row pause a channel;</li>
 * <li>the replay clock moves one candle forward at every scan after the first, and changes raise alerts at the
 * smallest difference, so consecutive scans raise alerts; no ML model, for speed.</li>
 * </ul>
 */
public class AlertRulesProfile implements QuarkusTestProfile {

    public static final int MAX_ATTEMPTS = 2;
    public static final int PAUSE_AFTER = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                Map.entry("scanner.notify.allow-private-targets", "true"),
                Map.entry("scanner.notify.timeout", "3s"),
                Map.entry("scanner.notify.backoff", "50ms"),
                Map.entry("scanner.notify.max-backoff", "100ms"),
                Map.entry("scanner.notify.max-attempts", String.valueOf(MAX_ATTEMPTS)),
                Map.entry("scanner.notify.pause-after-failures", String.valueOf(PAUSE_AFTER)),
                Map.entry("scanner.replay.advance-per-scan", "true"),
                Map.entry("scanner.alerts.strength-delta", "1"),
                Map.entry("scanner.alerts.price-move-pct", "0.05"),
                Map.entry("scanner.ml.enabled", "false"));
    }
}

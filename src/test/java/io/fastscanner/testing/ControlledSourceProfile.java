package io.fastscanner.testing;

import io.fastscanner.marketdata.ControllableMarketDataSource;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * The bundled replay behind {@link ControllableMarketDataSource}, for the tests that follow a scan step by step or
 * over several scans; they share this one start of the application:
 * <ul>
 * <li>one symbol analysed at a time and no ML model, so a held deep phase shows its true queue
 * ({@code DeepAnalysisQueueTest}) and a scan's deep phase lasts long enough for the schedule to fire during it;</li>
 * <li>the replay clock moves one candle forward at every scan after the first, and alerts fire at the smallest
 * change, so consecutive scans raise alerts ({@code AlertsEndpointTest});</li>
 * <li>a scheduled scan every second, but the scheduler starts halted: only {@code ScheduledScansTest} resumes it
 * (and pauses it again), so no other test sees a scan it did not start.</li>
 * </ul>
 */
public class ControlledSourceProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ControllableMarketDataSource.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "scanner.deep-analysis.concurrency", "1",
                "scanner.ml.enabled", "false",
                "scanner.replay.advance-per-scan", "true",
                "scanner.alerts.strength-delta", "1",
                "scanner.alerts.price-move-pct", "0.05",
                "scanner.schedule.enabled", "true",
                "scanner.schedule.cron", "* * * * * ?",
                "quarkus.scheduler.start-mode", "halted");
    }
}

package io.fastscanner.schedule;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DeepAnalysisService;
import io.fastscanner.scan.QuickScanConfig;
import io.fastscanner.scan.QuickScanService;
import io.fastscanner.scan.ScanState;
import io.fastscanner.scan.ScanTrigger;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Runs a scan of the default universe on {@code scanner.schedule.cron}. A scheduled scan never overlaps a running
 * one (quick or deep phase): it is skipped and counted instead.
 */
@ApplicationScoped
public class ScheduledScans {

    private static final Logger LOG = Logger.getLogger(ScheduledScans.class);

    @Inject
    ScheduleConfig config;
    @Inject
    QuickScanConfig quickScan;
    @Inject
    QuickScanService scans;
    @Inject
    ScanState state;
    @Inject
    DeepAnalysisService deep;
    @Inject
    MeterRegistry registry;

    private final AtomicLong started = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    /** Skips the trigger entirely while the schedule is switched off. */
    @Singleton
    public static class WhenDisabled implements Scheduled.SkipPredicate {
        @Inject
        ScheduleConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled() && config.scanOnStart()) {
            run().subscribe().with(r -> { }, f -> LOG.warnf("Start-up scan failed: %s", f.getMessage()));
        }
    }

    @Scheduled(identity = "scheduled-scan", cron = "${scanner.schedule.cron:0 */15 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WhenDisabled.class)
    Uni<Void> onSchedule() {
        return run();
    }

    Uni<Void> run() {
        if (state.isScanning() || deep.isRunning()) {
            skipped.incrementAndGet();
            Counter.builder("scanner.schedule.skipped").description("Scheduled scans skipped: a scan was running")
                    .register(registry).increment();
            LOG.info("Scheduled scan skipped: a scan is still running");
            return Uni.createFrom().voidItem();
        }
        started.incrementAndGet();
        Timeframe timeframe = Timeframe.fromLabel(config.timeframe().orElse(quickScan.defaultTimeframe()))
                .orElseThrow(() -> new IllegalStateException("scanner.schedule.timeframe is not a timeframe"));
        return scans.scan(List.of(), timeframe, ScanTrigger.SCHEDULE)
                .onFailure().invoke(f -> LOG.warnf("Scheduled scan failed: %s", f.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    public boolean enabled() {
        return config.enabled();
    }

    public long startedCount() {
        return started.get();
    }

    public long skippedCount() {
        return skipped.get();
    }
}

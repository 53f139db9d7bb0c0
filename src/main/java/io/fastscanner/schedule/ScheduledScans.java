package io.fastscanner.schedule;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DeepAnalysisService;
import io.fastscanner.scan.QuickScanConfig;
import io.fastscanner.scan.QuickScanService;
import io.fastscanner.scan.ScanState;
import io.fastscanner.scan.ScanTrigger;
import io.fastscanner.scan.ShutdownGate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Runs a scan of the default universe on {@code scanner.schedule.cron}. A scheduled scan never overlaps a running
 * one (quick or deep phase): it is skipped and counted instead ({@code scanner.schedule.skipped}). With several
 * replicas each fires, but each slot is scanned once ({@link SlotClaims}).
 */
@ApplicationScoped
public class ScheduledScans {

    private static final Logger LOG = Logger.getLogger(ScheduledScans.class);

    private final ScheduleConfig config;
    private final Timeframe timeframe;
    private final QuickScanService scans;
    private final ScanState state;
    private final DeepAnalysisService deep;
    private final ShutdownGate shutdown;
    private final SlotClaims slots;
    private final Counter skippedCounter;
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    ScheduledScans(
            ScheduleConfig config,
            QuickScanConfig quickScan,
            QuickScanService scans,
            ScanState state,
            DeepAnalysisService deep,
            ShutdownGate shutdown,
            SlotClaims slots,
            MeterRegistry registry) {
        this.config = config;
        this.timeframe = config.timeframe().orElse(quickScan.defaultTimeframe());
        this.scans = scans;
        this.state = state;
        this.deep = deep;
        this.shutdown = shutdown;
        this.slots = slots;
        this.skippedCounter = Counter.builder("scanner.schedule.skipped")
                .description("Scheduled scans skipped: a scan was running")
                .register(registry);
    }

    /** Skips the trigger entirely while the schedule is switched off. */
    @Singleton
    public static class WhenDisabled implements Scheduled.SkipPredicate {

        private final ScheduleConfig config;

        WhenDisabled(ScheduleConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled() && config.scanOnStart()) {
            run().subscribe().with(r -> {}, f -> LOG.warnf("Start-up scan failed: %s", f.getMessage()));
        }
    }

    @Scheduled(
            identity = "scheduled-scan",
            cron = "${scanner.schedule.cron:0 */15 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WhenDisabled.class)
    Uni<Void> onSchedule(ScheduledExecution execution) {
        Instant slot = execution.getScheduledFireTime().truncatedTo(ChronoUnit.SECONDS);
        return slots.claim(slot)
                .onItem()
                .transformToUni(mine -> {
                    if (!mine) {
                        LOG.debugf("Scheduled slot %s was scanned by another replica", slot);
                        return Uni.createFrom().voidItem();
                    }
                    return run();
                })
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf("Scheduled slot %s skipped: it could not be claimed (%s)", slot, failure.getMessage());
                    return Uni.createFrom().voidItem();
                });
    }

    Uni<Void> run() {
        if (shutdown.closed()) {
            return Uni.createFrom().voidItem();
        }
        if (state.isScanning() || deep.isRunning()) {
            skipped.incrementAndGet();
            skippedCounter.increment();
            LOG.info("Scheduled scan skipped: a scan is still running");
            return Uni.createFrom().voidItem();
        }
        started.incrementAndGet();
        return scans.scan(List.of(), timeframe, ScanTrigger.SCHEDULE)
                .onFailure()
                .invoke(f -> LOG.warnf("Scheduled scan failed: %s", f.getMessage()))
                .onFailure()
                .recoverWithNull()
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

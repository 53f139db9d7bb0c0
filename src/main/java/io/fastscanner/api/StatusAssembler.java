package io.fastscanner.api;

import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.scan.DeepAnalysisService;
import io.fastscanner.scan.ScanState;
import io.fastscanner.schedule.ScheduledScans;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Builds the {@code status} object from the scan state. */
@ApplicationScoped
public class StatusAssembler {

    @Inject
    ScanState state;
    @Inject
    MarketDataSource source;
    @Inject
    DeepAnalysisService deep;
    @Inject
    ScheduledScans schedule;

    public ScannerStatus status() {
        var last = state.latest().map(r -> new ScannerStatus.LastScan(r.scanId(), r.startedAt(), r.analyses().size()))
                .orElse(null);
        return new ScannerStatus(state.isScanning() || deep.isRunning(), state.currentScanId(),
                state.signals().size(), deep.queueLength(), last, schedule.enabled(), schedule.skippedCount(),
                source.name(), source.now());
    }
}

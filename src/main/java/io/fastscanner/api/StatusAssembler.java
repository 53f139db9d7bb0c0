package io.fastscanner.api;

import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.scan.DeepAnalysisService;
import io.fastscanner.scan.ScanState;
import io.fastscanner.schedule.ScheduledScans;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the {@code status} object from the scan state. */
@ApplicationScoped
public class StatusAssembler {

    private final ScanState state;
    private final MarketDataSource source;
    private final DeepAnalysisService deep;
    private final ScheduledScans schedule;

    StatusAssembler(ScanState state, MarketDataSource source, DeepAnalysisService deep, ScheduledScans schedule) {
        this.state = state;
        this.source = source;
        this.deep = deep;
        this.schedule = schedule;
    }

    public ScannerStatus status() {
        var last = state.latest()
                .map(r -> new ScannerStatus.LastScan(
                        r.scanId(), r.startedAt(), r.analyses().size()))
                .orElse(null);
        return new ScannerStatus(
                state.isScanning() || deep.isRunning(),
                state.currentScanId(),
                state.rows().size(),
                deep.queueLength(),
                last,
                schedule.enabled(),
                schedule.skippedCount(),
                source.exchange(),
                source.now());
    }
}

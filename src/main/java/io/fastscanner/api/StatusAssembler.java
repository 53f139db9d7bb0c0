package io.fastscanner.api;

import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.scan.ScanView;
import io.fastscanner.schedule.ScheduledScans;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds the {@code status} object from the scans (those of every replica with the redis store). */
@ApplicationScoped
public class StatusAssembler {

    private final ScanView scans;
    private final MarketDataSource source;
    private final ScheduledScans schedule;

    StatusAssembler(ScanView scans, MarketDataSource source, ScheduledScans schedule) {
        this.scans = scans;
        this.source = source;
        this.schedule = schedule;
    }

    public Uni<ScannerStatus> status() {
        return scans.overview().map(overview -> {
            var latest = overview.latest();
            var last = latest == null
                    ? null
                    : new ScannerStatus.LastScan(latest.scanId(), latest.timestamp(), latest.symbolCount());
            return new ScannerStatus(
                    overview.scanning(),
                    overview.currentScanId(),
                    latest == null ? 0 : latest.symbolCount(),
                    overview.deepQueue(),
                    last,
                    schedule.enabled(),
                    schedule.skippedCount(),
                    source.exchange(),
                    source.now());
        });
    }
}

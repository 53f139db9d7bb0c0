package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** The {@code status} object of the results and scan-status endpoints. */
@RegisterForReflection
public record ScannerStatus(boolean isScanning, String currentScanId, int signalsCount, int backgroundQueueLength,
        LastScan lastScan, boolean periodicScanningEnabled, long skippedScheduledScans, String exchange,
        Instant dataTime) {

    @RegisterForReflection
    public record LastScan(String scanId, Instant timestamp, int symbolCount) {
    }
}

package io.fastscanner.api;

import io.fastscanner.marketdata.Exchange;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The {@code status} object of the results and scan-status endpoints.
 *
 * @param isScanning            a quick scan or a deep analysis is running
 * @param currentScanId         the newest scan in its quick phase, else the scan the results belong to
 * @param backgroundQueueLength symbols waiting for their deep analysis
 * @param dataTime              the source's clock: the replay clock, or now for live sources
 */
@RegisterForReflection
public record ScannerStatus(
        @Schema(description = "A quick scan or a deep analysis is running")
        boolean isScanning,

        @Schema(
                nullable = true,
                description = "The newest scan in its quick phase, else the scan the results belong "
                        + "to; null before the first scan")
        String currentScanId,

        int signalsCount,

        @Schema(description = "Symbols waiting for their deep analysis")
        int backgroundQueueLength,

        @Schema(nullable = true, description = "Null before the first scan")
        LastScan lastScan,

        boolean periodicScanningEnabled,
        long skippedScheduledScans,
        Exchange exchange,

        @Schema(description = "The source's clock: the replay clock, or now for live sources")
        Instant dataTime) {

    @RegisterForReflection
    public record LastScan(
            String scanId,
            @Schema(description = "When it started") Instant timestamp,
            int symbolCount) {}
}

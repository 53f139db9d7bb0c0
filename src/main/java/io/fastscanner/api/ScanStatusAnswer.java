package io.fastscanner.api;

import io.fastscanner.scan.ScanHistoryEntry;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/scan-status}. */
@RegisterForReflection
public record ScanStatusAnswer(
        @Schema(enumeration = "true") boolean success,
        ScannerStatus status,

        @Schema(description = "Finished scans, newest first")
        List<ScanHistoryEntry> history) {}

package io.fastscanner.api;

import io.fastscanner.scan.ScanRow;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/results}: the latest scan's rows as they stand now. */
@RegisterForReflection
public record ResultsAnswer(
        @Schema(enumeration = "true") boolean success,

        @Schema(description = "The latest scan's rows, with their current status")
        List<ScanRow> signals,

        int count,
        ScannerStatus status) {

    static ResultsAnswer of(List<ScanRow> rows, ScannerStatus status) {
        return new ResultsAnswer(true, rows, rows.size(), status);
    }
}

package io.fastscanner.api;

import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.screens.Screen;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/results}: the latest scan's rows as they stand now. */
@RegisterForReflection
public record ResultsAnswer(
        @Schema(enumeration = "true") boolean success,

        @Schema(description = "The latest scan's rows, with their current status (with a screen: those that pass it)")
        List<ScanRow> signals,

        int count,
        ScannerStatus status,

        @Schema(
                nullable = true,
                description = "The screen the rows were filtered by, in its canonical text; null without one",
                example = "opportunityScore >= 60")
        String screen,

        @Schema(description = "How many of the latest scan's rows the screen left out; 0 without a screen")
        int screenedOut) {

    static ResultsAnswer of(List<SymbolAnalysis> analyses, ScannerStatus status, Optional<Screen> screen) {
        List<ScanRow> kept = analyses.stream()
                .filter(a -> screen.map(s -> s.matches(a)).orElse(true))
                .map(SymbolAnalysis::row)
                .toList();
        return new ResultsAnswer(
                true, kept, kept.size(), status, screen.map(Screen::text).orElse(null), analyses.size() - kept.size());
    }
}

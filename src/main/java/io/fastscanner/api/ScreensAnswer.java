package io.fastscanner.api;

import io.fastscanner.screens.saved.SavedScreen;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/screens}: every saved screen, oldest first. */
@RegisterForReflection
public record ScreensAnswer(
        @Schema(enumeration = "true") boolean success,

        @Schema(description = "The saved screens, oldest first")
        List<SavedScreenView> screens,

        int count,

        @Schema(description = "Most screens that can be saved (scanner.screens.max)")
        int max) {

    static ScreensAnswer of(List<SavedScreen> saved, int max) {
        List<SavedScreenView> screens = saved.stream().map(SavedScreenView::of).toList();
        return new ScreensAnswer(true, screens, screens.size(), max);
    }
}

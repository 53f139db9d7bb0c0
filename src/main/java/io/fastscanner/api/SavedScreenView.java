package io.fastscanner.api;

import io.fastscanner.screens.saved.SavedScreen;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A saved screen, as {@code GET /api/scanner/screens} lists it. */
@RegisterForReflection
@Schema(name = "SavedScreen", description = "A saved screen")
public record SavedScreenView(
        @Schema(example = "scr-7f3a9c2e51b8") String id,
        @Schema(example = "Oversold buys") String name,

        @Schema(description = "The screen in its canonical text", example = "rsi14 < 30 and signal == \"BUY\"")
        String expression,

        @Schema(description = "The fields the screen reads, in order of first use")
        List<String> fields,

        @Schema(
                description = "Whether it reads the deep analysis: then a quick scan cannot use it, and a row passes"
                        + " only once its deep analysis is done")
        boolean usesDeepFields,

        Instant createdAt,

        @Schema(description = "When it was last replaced; its creation time until then")
        Instant updatedAt) {

    static SavedScreenView of(SavedScreen saved) {
        return new SavedScreenView(
                saved.id(),
                saved.name(),
                saved.expression(),
                List.copyOf(saved.screen().fields()),
                saved.screen().usesDeepFields(),
                saved.createdAt(),
                saved.updatedAt());
    }
}

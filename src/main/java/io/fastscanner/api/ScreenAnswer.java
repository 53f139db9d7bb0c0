package io.fastscanner.api;

import io.fastscanner.screens.saved.SavedScreen;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET}, {@code POST} and {@code PUT} on one saved screen: the screen as it is saved. */
@RegisterForReflection
@Schema(description = "A saved screen")
public record ScreenAnswer(
        @Schema(enumeration = "true") boolean success,
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

    static ScreenAnswer of(SavedScreen saved) {
        SavedScreenView view = SavedScreenView.of(saved);
        return new ScreenAnswer(
                true,
                view.id(),
                view.name(),
                view.expression(),
                view.fields(),
                view.usesDeepFields(),
                view.createdAt(),
                view.updatedAt());
    }
}

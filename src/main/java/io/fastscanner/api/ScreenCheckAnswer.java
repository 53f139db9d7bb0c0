package io.fastscanner.api;

import io.fastscanner.screens.Screen;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/scanner/screen-check} for a valid screen. */
@RegisterForReflection
@Schema(description = "A valid screen, in its canonical spelling")
public record ScreenCheckAnswer(
        @Schema(enumeration = "true") boolean success,

        @Schema(enumeration = "true", description = "Always true: an invalid screen is a 400 INVALID_SCREEN")
        boolean valid,

        @Schema(
                description = "The canonical text: lower-case keywords, one space around operators, the field on the"
                        + " left, values as the API spells them, no redundant parentheses",
                example = "rsi14 < 30 and signal == \"BUY\"")
        String expression,

        @Schema(description = "The fields the screen reads, in order of first use", example = "[\"rsi14\", \"signal\"]")
        List<String> fields,

        @Schema(
                description = "Whether it reads the deep analysis: such fields are missing (so their comparisons"
                        + " false) until a row's deep analysis is done")
        boolean usesDeepFields) {

    static ScreenCheckAnswer of(Screen screen) {
        return new ScreenCheckAnswer(true, true, screen.text(), List.copyOf(screen.fields()), screen.usesDeepFields());
    }
}

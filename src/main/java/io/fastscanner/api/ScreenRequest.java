package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/scanner/screens} and {@code PUT /api/scanner/screens/{id}}: both fields required.
 *
 * @param name       1 to {@value #MAX_NAME} characters, for people; need not be unique
 * @param expression the screen, in the language of docs/screens.md
 */
@RegisterForReflection
@Schema(description = "A screen to save: both fields are required; unknown fields are ignored")
public record ScreenRequest(
        @Schema(
                description = "1 to 100 characters, for people; need not be unique",
                example = "Oversold buys",
                minLength = 1,
                maxLength = MAX_NAME)
        String name,

        @Schema(
                description = "The screen, e.g. rsi14 < 30 and signal == \"BUY\" (docs/screens.md); saved in its"
                        + " canonical text",
                example = "rsi14 < 30 and signal == \"BUY\"")
        String expression) {

    static final int MAX_NAME = 100;

    /** The name without surrounding spaces, else 400 {@code INVALID_NAME}. */
    String validName() {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw ApiException.badRequest("INVALID_NAME", "name is required: 1 to " + MAX_NAME + " characters");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_NAME) {
            throw ApiException.badRequest(
                    "INVALID_NAME",
                    "name must be at most " + MAX_NAME + " characters, got "
                            + stripped.codePointCount(0, stripped.length()));
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("INVALID_NAME", "name must not contain control characters");
        }
        return stripped;
    }

    /** The expression, else 400 {@code INVALID_SCREEN}. */
    String requiredExpression() {
        if (expression == null || expression.isBlank()) {
            throw ApiException.badRequest(
                    "INVALID_SCREEN", "expression is required: a screen such as rsi14 < 30 and signal == \"BUY\"");
        }
        return expression;
    }
}

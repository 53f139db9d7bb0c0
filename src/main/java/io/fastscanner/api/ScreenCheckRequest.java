package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/scanner/screen-check}.
 *
 * @param expression the screen as typed, e.g. {@code rsi14 < 30 and signal == "BUY"}; absent counts as empty
 */
@RegisterForReflection
@Schema(description = "A screen to check; unknown fields are ignored")
public record ScreenCheckRequest(
        @Schema(
                description = "The screen as typed, at most 1000 characters (docs/screens.md)",
                example = "30>rsi14&&(signal='buy')")
        String expression) {}

package io.fastscanner.errors;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A requested symbol that was not scanned, and why.
 *
 * @param symbol the symbol in our spelling, or the client's text made safe to echo when it is malformed
 * @param reason {@code malformed}, {@code unknown} or {@code duplicate}
 */
@RegisterForReflection
public record RejectedSymbol(
        String symbol,

        @Schema(enumeration = {"malformed", "unknown", "duplicate"})
        String reason) {}

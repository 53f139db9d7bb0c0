package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of a DELETE: what was deleted. */
@RegisterForReflection
public record DeletedAnswer(
        @Schema(enumeration = "true") boolean success,
        @Schema(description = "The id of what was deleted") String deleted) {

    static DeletedAnswer of(String id) {
        return new DeletedAnswer(true, id);
    }
}

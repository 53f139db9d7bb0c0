package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code POST /api/scanner/channels/{id}/test}: how the test message's one attempt went. */
@RegisterForReflection
public record ChannelTestAnswer(
        @Schema(enumeration = "true") boolean success,

        @Schema(description = "The test message's delivery: sent, or failed with the reason")
        DeliveryView delivery) {}

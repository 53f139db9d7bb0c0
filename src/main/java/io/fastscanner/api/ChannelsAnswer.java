package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/channels}. */
@RegisterForReflection
public record ChannelsAnswer(
        @Schema(enumeration = "true") boolean success,
        @Schema(description = "Oldest first") List<ChannelView> channels,
        int count) {

    static ChannelsAnswer of(List<ChannelView> channels) {
        return new ChannelsAnswer(true, channels, channels.size());
    }
}

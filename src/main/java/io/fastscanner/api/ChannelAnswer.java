package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One notification channel, created, read or changed. */
@RegisterForReflection
public record ChannelAnswer(@Schema(enumeration = "true") boolean success, ChannelView channel) {

    static ChannelAnswer of(ChannelView channel) {
        return new ChannelAnswer(true, channel);
    }
}

package io.fastscanner.api;

import io.fastscanner.notify.Delivery;
import io.fastscanner.notify.DeliveryStatus;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an alert (or of a channel test) to one channel, as it stands after its latest attempt. */
@RegisterForReflection
@Schema(name = "Delivery", description = "One delivery of an alert to one channel")
public record DeliveryView(
        @Schema(description = "Also sent to webhooks as X-Delivery-Id, the same on every attempt")
        String id,

        String channelId,

        @Schema(description = "The alert's id; test-<millis> for a channel test")
        String alertId,

        @Schema(description = "sent, retrying (another attempt is due at nextAttemptAt) or failed")
        DeliveryStatus status,

        @Schema(description = "HTTP attempts made; 0 when it was never sent (queue full, channel paused)")
        int attempts,

        @Schema(nullable = true, description = "The status of the latest answer; null without one")
        Integer lastHttpStatus,

        @Schema(
                nullable = true,
                description = "Why it is retried or failed, e.g. http_503, timeout, queue_full, channel_paused;"
                        + " null once sent")
        String reason,

        Instant createdAt,
        Instant updatedAt,

        @Schema(nullable = true, description = "When the next attempt is due, while retrying")
        Instant nextAttemptAt,

        @Schema(description = "A channel test, not an alert")
        boolean test) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(
                d.id(),
                d.channelId(),
                d.alertId(),
                d.status(),
                d.attempts(),
                d.lastHttpStatus(),
                d.reason(),
                d.createdAt(),
                d.updatedAt(),
                d.nextAttemptAt(),
                d.test());
    }
}

package io.fastscanner.notify;

import java.time.Instant;

/**
 * One notification on its way to one channel, as it stands after its latest attempt.
 *
 * @param id             also sent to webhooks as {@code X-Delivery-Id}: the same for every attempt, so a receiver
 *                       can drop a repeat
 * @param attempts       HTTP attempts made so far (0 when it was never sent: queue full, channel paused)
 * @param lastHttpStatus the status of the latest answer; null when there was none (timeout, connection failure)
 * @param reason         why it is retried or failed, e.g. {@code http_503}, {@code timeout}, {@code queue_full},
 *                       {@code http_400: Bad Request: chat not found}; null once sent. Never holds a secret.
 * @param nextAttemptAt  when the next attempt is due, while {@link DeliveryStatus#RETRYING}
 * @param test           a channel test, not an alert
 */
public record Delivery(
        String id,
        String channelId,
        String alertId,
        DeliveryStatus status,
        int attempts,
        Integer lastHttpStatus,
        String reason,
        Instant createdAt,
        Instant updatedAt,
        Instant nextAttemptAt,
        boolean test) {

    /** A delivery that is given up before its first attempt. */
    static Delivery notSent(String id, String channelId, Notification notification, String reason, Instant now) {
        return new Delivery(
                id,
                channelId,
                notification.alertId(),
                DeliveryStatus.FAILED,
                0,
                null,
                reason,
                now,
                now,
                null,
                notification.test());
    }

    /** This delivery after one more attempt. */
    Delivery after(DeliveryAttempt attempt, DeliveryStatus newStatus, String newReason, Instant nextAt) {
        return new Delivery(
                id,
                channelId,
                alertId,
                newStatus,
                attempt.number(),
                attempt.httpStatus(),
                newReason,
                createdAt,
                attempt.finishedAt(),
                nextAt,
                test);
    }
}

package io.fastscanner.notify;

import java.time.Instant;

/**
 * One HTTP attempt of a delivery.
 *
 * @param number     1 for the first attempt
 * @param httpStatus the answer's status; null without an answer (timeout, connection failure, refused target)
 * @param outcome    what the attempt means for its delivery: sent, to be retried, or failed
 * @param reason     why it did not succeed; null when it did. Never holds a secret.
 */
public record DeliveryAttempt(
        String deliveryId,
        String channelId,
        int number,
        Instant startedAt,
        Instant finishedAt,
        Integer httpStatus,
        DeliveryStatus outcome,
        String reason) {}

package io.fastscanner.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher sends: {@code scanner.notify.*} ({@link NotifyConfig}), or set by hand without CDI.
 *
 * @param allowPrivateTargets send to loopback, private and other non-public addresses too (tests, closed networks)
 * @param timeout             per attempt, from connecting to the end of the answer
 * @param maxAttempts         attempts per delivery, the first included
 * @param queueCapacity       notifications waiting per channel, beyond the one in flight
 * @param pauseAfterFailures  failed deliveries in a row that pause a channel; 0 never pauses
 * @param backoff             the wait before the second attempt; it doubles for each further one (with ±20 % jitter)
 * @param maxBackoff          the longest such wait
 * @param maxRetryAfter       the longest wait a 429 may ask for; a longer one fails the delivery
 */
public record NotifySettings(
        boolean allowPrivateTargets,
        Duration timeout,
        int maxAttempts,
        int queueCapacity,
        int pauseAfterFailures,
        Duration backoff,
        Duration maxBackoff,
        Duration maxRetryAfter) {

    public NotifySettings {
        positive(timeout, "timeout");
        positive(backoff, "backoff");
        positive(maxBackoff, "maxBackoff");
        positive(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1 || queueCapacity < 1 || pauseAfterFailures < 0) {
            throw new IllegalArgumentException(
                    "maxAttempts and queueCapacity must be at least 1, pauseAfterFailures at least 0");
        }
    }

    /** The defaults of {@code scanner.notify.*}. */
    public static NotifySettings defaults() {
        return new NotifySettings(
                false,
                Duration.ofSeconds(10),
                5,
                1000,
                5,
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                Duration.ofMinutes(5));
    }

    public static NotifySettings from(NotifyConfig config) {
        return new NotifySettings(
                config.allowPrivateTargets(),
                config.timeout(),
                config.maxAttempts(),
                config.queueCapacity(),
                config.pauseAfterFailures(),
                config.backoff(),
                config.maxBackoff(),
                config.maxRetryAfter());
    }

    public NotifySettings withAllowPrivateTargets(boolean allow) {
        return new NotifySettings(
                allow, timeout, maxAttempts, queueCapacity, pauseAfterFailures, backoff, maxBackoff, maxRetryAfter);
    }

    public NotifySettings withTimeout(Duration newTimeout) {
        return new NotifySettings(
                allowPrivateTargets,
                newTimeout,
                maxAttempts,
                queueCapacity,
                pauseAfterFailures,
                backoff,
                maxBackoff,
                maxRetryAfter);
    }

    public NotifySettings withMaxAttempts(int attempts) {
        return new NotifySettings(
                allowPrivateTargets,
                timeout,
                attempts,
                queueCapacity,
                pauseAfterFailures,
                backoff,
                maxBackoff,
                maxRetryAfter);
    }

    public NotifySettings withQueueCapacity(int capacity) {
        return new NotifySettings(
                allowPrivateTargets,
                timeout,
                maxAttempts,
                capacity,
                pauseAfterFailures,
                backoff,
                maxBackoff,
                maxRetryAfter);
    }

    public NotifySettings withPauseAfterFailures(int failures) {
        return new NotifySettings(
                allowPrivateTargets, timeout, maxAttempts, queueCapacity, failures, backoff, maxBackoff, maxRetryAfter);
    }

    public NotifySettings withBackoff(Duration first, Duration longest) {
        return new NotifySettings(
                allowPrivateTargets,
                timeout,
                maxAttempts,
                queueCapacity,
                pauseAfterFailures,
                first,
                longest,
                maxRetryAfter);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}

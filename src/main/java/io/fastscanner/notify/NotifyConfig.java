package io.fastscanner.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code scanner.notify.*}: how notifications are sent to their channels (see {@link NotifySettings}). */
@ConfigMapping(prefix = "scanner.notify")
public interface NotifyConfig {

    /** Allow targets on loopback, private, link-local and other non-public addresses. */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Per attempt, from connecting to the end of the answer. */
    @WithDefault("10s")
    Duration timeout();

    /** Attempts per delivery, the first included. */
    @WithDefault("5")
    int maxAttempts();

    /** Notifications waiting per channel; one more is failed with {@code queue_full}. */
    @WithDefault("1000")
    int queueCapacity();

    /** Failed deliveries in a row that pause a channel; 0 never pauses. */
    @WithDefault("5")
    int pauseAfterFailures();

    /** The wait before the second attempt, doubled for each further one. */
    @WithDefault("1s")
    Duration backoff();

    /** The longest wait between two attempts, but for a 429's. */
    @WithDefault("1m")
    Duration maxBackoff();

    /** The longest wait a 429 may ask for; a longer one fails the delivery. */
    @WithDefault("5m")
    Duration maxRetryAfter();

    /** Channels at most ({@code POST /api/scanner/channels}); creating one more is refused. */
    @WithDefault("50")
    int maxChannels();
}

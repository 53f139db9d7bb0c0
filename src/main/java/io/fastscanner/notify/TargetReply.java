package io.fastscanner.notify;

import java.time.Duration;

/**
 * What a target's answer body says, read by its protocol.
 *
 * @param accepted    false when a 2xx answer still reports a failure (Telegram's {@code "ok": false})
 * @param description the target's own account of an error, e.g. Telegram's {@code description}; may be empty
 * @param retryAfter  the wait the body asks for (Telegram's {@code parameters.retry_after}, Discord's
 *                    {@code retry_after}); null when it names none
 */
record TargetReply(boolean accepted, String description, Duration retryAfter) {}

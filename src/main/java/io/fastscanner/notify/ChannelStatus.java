package io.fastscanner.notify;

import java.time.Instant;

/**
 * How a channel stands in the dispatcher.
 *
 * @param paused              no notification is accepted until {@code resume}
 * @param pausedReason        why, e.g. {@code 5 deliveries failed in a row; last: http_404}
 * @param pausedAt            since when
 * @param consecutiveFailures final failures since the last delivery that was sent
 * @param queued              notifications waiting, not counting the one in flight
 * @param inFlight            a delivery is being attempted (or waits for its next attempt)
 */
public record ChannelStatus(
        String channelId,
        boolean paused,
        String pausedReason,
        Instant pausedAt,
        int consecutiveFailures,
        int queued,
        boolean inFlight) {}

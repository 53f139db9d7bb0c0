package io.fastscanner.notify;

import io.vertx.mutiny.core.Vertx;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * One channel's bounded queue: its notifications go out one at a time, in order, so a slow or failing channel delays
 * only itself. A full queue refuses more ({@code queue_full}). After {@code pauseAfterFailures} failed deliveries in
 * a row the channel pauses: what waits is failed with {@code channel_paused}, and so is all that is offered until
 * {@link #resume}. State changes under this object's lock; deliveries and listener calls run outside it.
 */
final class ChannelQueue {

    private static final Logger LOG = Logger.getLogger(ChannelQueue.class);

    private record Pending(String deliveryId, Notification notification) {}

    private final Vertx vertx;
    private final Clock clock;
    private final NotifySettings settings;
    private final DeliveryRunner runner;
    private final DeliveryListener listener;
    private final Deque<Pending> waiting = new ArrayDeque<>();
    private Channel channel;
    private boolean inFlight;
    private boolean removed;
    private String pausedReason;
    private Instant pausedAt;
    private int failures;

    ChannelQueue(
            Channel channel,
            Vertx vertx,
            Clock clock,
            NotifySettings settings,
            DeliveryRunner runner,
            DeliveryListener listener) {
        this.channel = channel;
        this.vertx = vertx;
        this.clock = clock;
        this.settings = settings;
        this.runner = runner;
        this.listener = listener;
    }

    boolean offer(Notification notification) {
        String id = UUID.randomUUID().toString();
        String refusal;
        Pending next;
        synchronized (this) {
            refusal = removed
                    ? Reasons.CHANNEL_REMOVED
                    : pausedAt != null
                            ? Reasons.CHANNEL_PAUSED
                            : waiting.size() >= settings.queueCapacity() ? Reasons.QUEUE_FULL : null;
            if (refusal == null) {
                waiting.add(new Pending(id, notification));
            }
            next = takeNext();
        }
        if (refusal != null) {
            LOG.debugf("Notification of alert %s not queued for channel %s: %s", notification.alertId(), id(), refusal);
            finish(Delivery.notSent(id, id(), notification, refusal, clock.instant()));
            return false;
        }
        start(next);
        return true;
    }

    /** Replaces the channel's target or template for the deliveries that start from now on. */
    synchronized void update(Channel updated) {
        channel = updated;
    }

    /** Pauses the channel (by hand, or as it was before a restart); what waits is failed. */
    void pause(String reason, Instant since) {
        List<Delivery> dropped;
        synchronized (this) {
            pausedReason = reason;
            pausedAt = since;
            dropped = drain(Reasons.CHANNEL_PAUSED);
        }
        dropped.forEach(this::finish);
        ChannelStatus now = status();
        Listeners.safely(() -> listener.channelChanged(now));
    }

    void resume() {
        Pending next;
        synchronized (this) {
            pausedReason = null;
            pausedAt = null;
            failures = 0;
            next = takeNext();
        }
        ChannelStatus now = status();
        Listeners.safely(() -> listener.channelChanged(now));
        start(next);
    }

    void remove() {
        List<Delivery> dropped;
        synchronized (this) {
            removed = true;
            dropped = drain(Reasons.CHANNEL_REMOVED);
        }
        dropped.forEach(this::finish);
    }

    synchronized ChannelStatus status() {
        return new ChannelStatus(
                channel.id(), pausedAt != null, pausedReason, pausedAt, failures, waiting.size(), inFlight);
    }

    private synchronized String id() {
        return channel.id();
    }

    /** The next notification to send, marking it in flight; null if one is in flight, or the channel may not send. */
    private Pending takeNext() {
        if (inFlight || removed || pausedAt != null || waiting.isEmpty()) {
            return null;
        }
        inFlight = true;
        return waiting.poll();
    }

    private List<Delivery> drain(String reason) {
        List<Delivery> dropped = new ArrayList<>();
        Instant now = clock.instant();
        for (Pending p : waiting) {
            dropped.add(Delivery.notSent(p.deliveryId(), channel.id(), p.notification(), reason, now));
        }
        waiting.clear();
        return dropped;
    }

    /** Sends {@code next} from a fresh event-loop task, so that a run of quick failures never deepens the stack. */
    private void start(Pending next) {
        if (next == null) {
            return;
        }
        Channel current;
        synchronized (this) {
            current = channel;
        }
        vertx.runOnContext(() -> runner.deliver(current, next.notification(), next.deliveryId(), settings.maxAttempts())
                .subscribe()
                .with(
                        this::done,
                        failure -> done(Delivery.notSent(
                                next.deliveryId(),
                                current.id(),
                                next.notification(),
                                Reasons.of("internal_error", failure.getClass().getSimpleName()),
                                clock.instant()))));
    }

    private void done(Delivery delivery) {
        finish(delivery);
        List<Delivery> dropped = List.of();
        boolean pausedNow = false;
        Pending next;
        synchronized (this) {
            inFlight = false;
            failures = delivery.status() == DeliveryStatus.SENT ? 0 : failures + 1;
            if (pausedAt == null && settings.pauseAfterFailures() > 0 && failures >= settings.pauseAfterFailures()) {
                pausedAt = clock.instant();
                pausedReason = failures + " deliveries failed in a row; last: " + delivery.reason();
                dropped = drain(Reasons.CHANNEL_PAUSED);
                pausedNow = true;
            }
            next = takeNext();
        }
        dropped.forEach(this::finish);
        if (pausedNow) {
            ChannelStatus now = status();
            LOG.warnf("Channel %s paused: %s", now.channelId(), now.pausedReason());
            Listeners.safely(() -> listener.channelChanged(now));
        }
        start(next);
    }

    private void finish(Delivery delivery) {
        Listeners.safely(() -> listener.finished(delivery));
    }
}

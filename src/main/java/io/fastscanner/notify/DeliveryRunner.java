package io.fastscanner.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Takes one delivery through its attempts: checks the target (again), sends, reads the answer, and retries what is
 * worth retrying after the backoff or the wait a 429 asked for, up to the attempt limit. Every attempt is reported to
 * the listener; the returned delivery is final (sent or failed). Waits are Vert.x timers: no thread is held.
 */
final class DeliveryRunner {

    private static final Logger LOG = Logger.getLogger(DeliveryRunner.class);

    private final Vertx vertx;
    private final Clock clock;
    private final TargetGuard guard;
    private final HttpTransport transport;
    private final Backoff backoff;
    private final Duration maxRetryAfter;
    private final DeliveryListener listener;
    private volatile boolean closed;

    DeliveryRunner(Vertx vertx, Clock clock, NotifySettings settings, TargetGuard guard, DeliveryListener listener) {
        this.vertx = vertx;
        this.clock = clock;
        this.guard = guard;
        this.transport = new HttpTransport(vertx, settings.timeout());
        this.backoff = new Backoff(settings.backoff(), settings.maxBackoff());
        this.maxRetryAfter = settings.maxRetryAfter();
        this.listener = listener;
    }

    /** Sends {@code notification} through {@code channel} in at most {@code maxAttempts} attempts. */
    Uni<Delivery> deliver(Channel channel, Notification notification, String deliveryId, int maxAttempts) {
        Instant now = clock.instant();
        Delivery start = new Delivery(
                deliveryId,
                channel.id(),
                notification.alertId(),
                DeliveryStatus.RETRYING,
                0,
                null,
                null,
                now,
                now,
                now,
                notification.test());
        return attempt(new Run(channel, ChannelProtocol.of(channel), notification, maxAttempts), start, 1);
    }

    private record Run(Channel channel, ChannelProtocol protocol, Notification notification, int maxAttempts) {}

    private Uni<Delivery> attempt(Run run, Delivery current, int number) {
        Instant started = clock.instant();
        if (closed) {
            return settle(run, current, number, started, Verdict.fail(null, "dispatcher_closed"));
        }
        return guard.resolve(run.channel().target().endpoint())
                .chain(target -> transport.post(
                        target, run.protocol().request(run.notification(), current.id(), clock.instant())))
                .map(answer -> run.protocol().judge(answer, clock.instant()))
                .onFailure()
                .recoverWithItem(AttemptFailures::verdict)
                .chain(verdict -> settle(run, current, number, started, verdict));
    }

    private Uni<Delivery> settle(Run run, Delivery current, int number, Instant started, Verdict verdict) {
        DeliveryStatus outcome = verdict.outcome();
        String reason = Reasons.scrub(verdict.reason(), run.channel().target().secrets());
        Duration wait = null;
        if (outcome == DeliveryStatus.RETRYING) {
            wait = verdict.retryAfter() != null ? verdict.retryAfter() : backoff.after(number);
            if (number >= run.maxAttempts()) {
                outcome = DeliveryStatus.FAILED;
            } else if (wait.compareTo(maxRetryAfter) > 0) {
                outcome = DeliveryStatus.FAILED;
                reason = reason + " (asked to wait " + wait.toSeconds() + " s, longer than " + maxRetryAfter.toSeconds()
                        + " s)";
            }
        }
        Instant finished = clock.instant();
        DeliveryAttempt attempt = new DeliveryAttempt(
                current.id(), current.channelId(), number, started, finished, verdict.httpStatus(), outcome, reason);
        Delivery next = current.after(
                attempt, outcome, reason, outcome == DeliveryStatus.RETRYING ? finished.plus(wait) : null);
        log(run.channel(), next);
        Listeners.safely(() -> listener.attempted(attempt, next));
        if (outcome.isFinal()) {
            return Uni.createFrom().item(next);
        }
        return delay(wait).chain(() -> attempt(run, next, number + 1));
    }

    private Uni<Void> delay(Duration wait) {
        long ms = wait.toMillis();
        if (ms <= 0) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(ms, id -> emitter.complete(null)));
    }

    private static void log(Channel channel, Delivery delivery) {
        if (delivery.status() == DeliveryStatus.FAILED) {
            LOG.warnf(
                    "Delivery %s of alert %s to channel %s (%s) failed after %d attempt(s): %s",
                    delivery.id(),
                    delivery.alertId(),
                    channel.id(),
                    channel.target().redacted(),
                    delivery.attempts(),
                    delivery.reason());
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf(
                    "Delivery %s to channel %s: %s after attempt %d %s",
                    delivery.id(),
                    channel.id(),
                    delivery.status().json(),
                    delivery.attempts(),
                    delivery.reason() == null ? "" : delivery.reason());
        }
    }

    /** Ends the retries: an attempt due after this fails with {@code dispatcher_closed}. */
    void close() {
        closed = true;
        transport.close();
    }
}

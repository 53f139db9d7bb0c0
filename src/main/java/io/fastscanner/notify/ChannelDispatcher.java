package io.fastscanner.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends notifications to channels: the entry point for the layer above (rules, CRUD API, storage), which owns the
 * channels and tells the dispatcher about them. Not a bean: create one with a {@link Vertx}, the {@link Clock}, the
 * {@link NotifySettings} and a {@link DeliveryListener} that stores what happens, and {@link #close} it at shutdown.
 *
 * <ul>
 * <li>{@link #check} a channel before storing it: its target must pass the {@link TargetGuard} (a 400 otherwise);</li>
 * <li>{@link #register} it (again, after an update), {@link #remove} it;</li>
 * <li>{@link #offer} it a notification: queued, or refused at once ({@code false}, and a failed delivery);</li>
 * <li>{@link #status}, {@link #pause}, {@link #resume};</li>
 * <li>{@link #test} a channel: one notification, sent now, outside the queue.</li>
 * </ul>
 */
public final class ChannelDispatcher implements AutoCloseable {

    private final Vertx vertx;
    private final Clock clock;
    private final NotifySettings settings;
    private final DeliveryListener listener;
    private final TargetGuard guard;
    private final DeliveryRunner runner;
    private final Map<String, ChannelQueue> queues = new ConcurrentHashMap<>();

    public ChannelDispatcher(Vertx vertx, Clock clock, NotifySettings settings, DeliveryListener listener) {
        this.vertx = vertx;
        this.clock = clock;
        this.settings = settings;
        this.listener = listener == null ? DeliveryListener.NONE : listener;
        this.guard = new TargetGuard(vertx, settings.allowPrivateTargets());
        this.runner = new DeliveryRunner(vertx, clock, settings, guard, this.listener);
    }

    /**
     * {@code channel}, once its target has passed the guard; else a failure with an {@link InvalidChannelException}
     * whose message can be answered as a 400 (a {@link TargetRefusedException} for a refused address).
     */
    public Uni<Channel> check(Channel channel) {
        return guard.resolve(channel.target().endpoint())
                .map(resolved -> channel)
                .onFailure(UnknownHostException.class)
                .transform(e -> new InvalidChannelException("target", "the target's host does not resolve"));
    }

    /** Adds {@code channel}, or updates the target and template of the channel with its id (queue and state kept). */
    public void register(Channel channel) {
        queues.compute(channel.id(), (id, queue) -> {
            if (queue == null) {
                return new ChannelQueue(channel, vertx, clock, settings, runner, listener);
            }
            queue.update(channel);
            return queue;
        });
    }

    /** Removes the channel: what waits is failed with {@code channel_removed}. False if there was none. */
    public boolean remove(String channelId) {
        ChannelQueue queue = queues.remove(channelId);
        if (queue != null) {
            queue.remove();
        }
        return queue != null;
    }

    /**
     * Queues {@code notification} for the channel. False when it is refused, which is also reported as a failed
     * delivery: {@code queue_full}, {@code channel_paused}, or {@code unknown_channel} for an id never registered.
     */
    public boolean offer(String channelId, Notification notification) {
        ChannelQueue queue = queues.get(channelId);
        if (queue == null) {
            Delivery refused = Delivery.notSent(
                    UUID.randomUUID().toString(), channelId, notification, Reasons.UNKNOWN_CHANNEL, clock.instant());
            Listeners.safely(() -> listener.finished(refused));
            return false;
        }
        return queue.offer(notification);
    }

    public Optional<ChannelStatus> status(String channelId) {
        return Optional.ofNullable(queues.get(channelId)).map(ChannelQueue::status);
    }

    /**
     * Pauses the channel as if it had failed too often: by hand, or to restore a pause stored before a restart
     * ({@code since} is reported as {@code pausedAt}). False for an unknown channel.
     */
    public boolean pause(String channelId, String reason, Instant since) {
        ChannelQueue queue = queues.get(channelId);
        if (queue != null) {
            queue.pause(reason, since);
        }
        return queue != null;
    }

    /** Lets a paused channel send again, with its failure count at zero. False for an unknown channel. */
    public boolean resume(String channelId) {
        ChannelQueue queue = queues.get(channelId);
        if (queue != null) {
            queue.resume();
        }
        return queue != null;
    }

    /**
     * Sends a test notification through {@code channel} now: outside its queue, also while it is paused, in one
     * attempt (so the answer comes within the timeout), without counting toward a pause. The delivery is reported to
     * the listener like any other, with {@code test} set.
     */
    public Uni<Delivery> test(Channel channel) {
        return runner.deliver(
                        channel,
                        Notification.test(clock.instant()),
                        UUID.randomUUID().toString(),
                        1)
                .invoke(delivery -> Listeners.safely(() -> listener.finished(delivery)));
    }

    public TargetGuard guard() {
        return guard;
    }

    public NotifySettings settings() {
        return settings;
    }

    @Override
    public void close() {
        queues.keySet().forEach(this::remove);
        runner.close();
    }
}

package io.fastscanner.channels;

import io.fastscanner.notify.Channel;
import io.fastscanner.notify.ChannelDispatcher;
import io.fastscanner.notify.ChannelStatus;
import io.fastscanner.notify.Delivery;
import io.fastscanner.notify.DeliveryAttempt;
import io.fastscanner.notify.DeliveryListener;
import io.fastscanner.notify.Notification;
import io.fastscanner.notify.NotifyConfig;
import io.fastscanner.notify.NotifySettings;
import io.fastscanner.store.RecordStore;
import io.fastscanner.store.RecordStores;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;

/**
 * The notification channels: stored in the {@link RecordStore} {@code channels} (the Redis hash
 * {@code <prefix>channels} with {@code scanner.store=redis}, secrets included), held here, and registered with this
 * replica's {@link ChannelDispatcher}, which sends through them. A change made here applies at once; one made on
 * another replica once it is reloaded ({@link #reload}). A channel's pause is stored too, so that it holds on every
 * replica and across restarts, and a resume on any replica resumes it everywhere.
 */
@ApplicationScoped
public class ChannelBook implements DeliveryListener {

    private static final Logger LOG = Logger.getLogger(ChannelBook.class);
    static final String STORE = "channels";

    private final RecordStore<StoredChannel> store;
    private final Clock clock;
    private final ChannelDispatcher dispatcher;
    private final HeldChannels held = new HeldChannels();
    private final List<DeliveryListener> listeners = new CopyOnWriteArrayList<>();

    ChannelBook(RecordStores stores, Vertx vertx, Clock clock, NotifyConfig config) {
        this.store = stores.of(STORE, StoredChannel.class);
        this.clock = clock;
        this.dispatcher = new ChannelDispatcher(vertx, clock, NotifySettings.from(config), this);
    }

    @PreDestroy
    void close() {
        dispatcher.close();
    }

    /** Every channel, oldest first. */
    public List<StoredChannel> all() {
        return held.all();
    }

    public Optional<StoredChannel> get(String id) {
        return held.get(id);
    }

    /** The channel as stored now, which may be newer than the one held here. */
    public Uni<Optional<StoredChannel>> stored(String id) {
        return store.get(id);
    }

    /** How the channel stands in this replica's dispatcher (its pause holds on every replica). */
    public ChannelStatus status(String id) {
        return dispatcher.status(id).orElseGet(() -> new ChannelStatus(id, false, null, null, 0, 0, false));
    }

    /**
     * The channel, once its target has passed the address rule; else a failure with an
     * {@link io.fastscanner.notify.InvalidChannelException} (a {@link io.fastscanner.notify.TargetRefusedException}
     * for a refused address).
     */
    public Uni<Channel> check(StoredChannel channel) {
        return Uni.createFrom().item(channel::toChannel).chain(dispatcher::check);
    }

    /** Adds {@code channel}; false, and nothing changed, when its id is taken. */
    public Uni<Boolean> create(StoredChannel channel) {
        return store.create(channel.id(), channel).invoke(created -> {
            if (created) {
                hold(channel);
            }
        });
    }

    public Uni<StoredChannel> replace(StoredChannel channel) {
        return store.put(channel.id(), channel).invoke(() -> hold(channel)).replaceWith(channel);
    }

    /** False when there was no such channel; what waits in its queue fails with {@code channel_removed}. */
    public Uni<Boolean> delete(String id) {
        return store.delete(id).invoke(deleted -> drop(id));
    }

    /** Sends a test notification through the channel now, in one attempt; its delivery. */
    public Uni<Delivery> test(StoredChannel channel) {
        return dispatcher.test(channel.toChannel());
    }

    /** Queues {@code notification} for the channel; false when it is refused (and recorded as a failed delivery). */
    public boolean offer(String channelId, Notification notification) {
        return dispatcher.offer(channelId, notification);
    }

    /** Also told of every delivery attempt and final delivery. */
    public void listen(DeliveryListener listener) {
        listeners.add(listener);
    }

    /** Reads every channel from the store and applies what another replica changed. */
    public Uni<Void> reload() {
        Instant started = clock.instant();
        return store.all()
                .invoke(stored -> held.merge(stored, started, this::hold, this::drop))
                .replaceWithVoid();
    }

    @Override
    public void attempted(DeliveryAttempt attempt, Delivery delivery) {
        listeners.forEach(l -> l.attempted(attempt, delivery));
    }

    @Override
    public void finished(Delivery delivery) {
        listeners.forEach(l -> l.finished(delivery));
    }

    /** The dispatcher paused a channel after failures (or resumed it): stored, so every replica holds it. */
    @Override
    public void channelChanged(ChannelStatus status) {
        Optional<StoredChannel> current = held.get(status.channelId());
        if (current.isEmpty() || current.get().paused() == status.paused()) {
            return;
        }
        Instant now = clock.instant();
        StoredChannel updated = status.paused()
                ? current.get().pausedFor(status.pausedReason(), status.pausedAt(), now)
                : current.get().resumed(now);
        held.put(updated);
        store.put(updated.id(), updated)
                .subscribe()
                .with(
                        ignored -> {},
                        failure -> LOG.warnf(
                                "Channel %s is %s here, but the store was not told: %s",
                                updated.id(), status.paused() ? "paused" : "resumed", failure.getMessage()));
    }

    /** Holds {@code channel}, registers it with the dispatcher and gives it the stored pause state. */
    private void hold(StoredChannel channel) {
        held.put(channel);
        Channel sending;
        try {
            sending = channel.toChannel();
        } catch (RuntimeException e) {
            LOG.warnf("Channel %s cannot be used and is left out: %s", channel.id(), e.getMessage());
            dispatcher.remove(channel.id());
            return;
        }
        dispatcher.register(sending);
        boolean pausedHere = status(channel.id()).paused();
        if (channel.paused() && !pausedHere) {
            dispatcher.pause(channel.id(), channel.pausedReason(), channel.pausedAt());
        } else if (!channel.paused() && pausedHere) {
            dispatcher.resume(channel.id());
        }
    }

    private void drop(String id) {
        held.remove(id);
        dispatcher.remove(id);
    }
}

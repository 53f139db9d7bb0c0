package io.fastscanner.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.time.TimeId;
import io.quarkus.runtime.Startup;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Numbers, keeps and fans out the scanner's events. Each event's stream frame is encoded once, here, and every
 * client gets those same bytes. Publishing never waits for a client: each client has its own bounded buffer (see
 * {@link SseConnection}); the bus only hands events over. The replay buffer keeps the newest
 * {@code scanner.events.replay-size} events for clients that reconnect.
 *
 * <p>Ids are {@link TimeId}s, so they increase across restarts too, and a reconnecting client's id tells which case
 * it is: an id of this process still in the buffer (the client gets what followed it), one evicted from the buffer
 * ({@code older_than_buffer}), one from before this process started ({@code restarted}), or none this process sent
 * ({@code unknown_id}). {@code 0} asks for everything the buffer holds.
 */
@ApplicationScoped
@Startup // a shared log is read from the start, so the replay buffer is full before the first client comes
public class EventBus {

    /** A connected client: which events it wants and where they go. */
    interface Subscriber {

        boolean wants(ScanEvent event);

        /** Called under the bus lock, in id order: it must hand the event over and return, never wait. */
        void deliver(FramedEvent event);
    }

    /**
     * What a (re)connecting client gets first: the newest id at that moment, the events it missed, and why it must
     * reload instead when they cannot all be replayed (null when they can).
     */
    record Catchup(TimeId newestId, List<FramedEvent> missed, Resync resync) {}

    private final ObjectMapper mapper;
    private final int replaySize;
    private final EventLog log;
    private final EventScreens screens;
    private final ArrayDeque<FramedEvent> replay = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private final List<Consumer<ScanEvent>> listeners = new CopyOnWriteArrayList<>();
    /** The newest event's id; null before the first event. */
    private TimeId lastId;
    /** The newest event the buffer no longer holds; null while it has dropped none. */
    private TimeId lastEvicted;

    @Inject
    EventBus(ObjectMapper mapper, EventsConfig config, EventLog log, EventScreens screens) {
        this.mapper = mapper;
        this.replaySize = Math.max(1, config.replaySize());
        this.log = log;
        this.screens = screens;
        log.open(this::accept);
    }

    /** A bus whose events pass no saved screen. */
    EventBus(ObjectMapper mapper, EventsConfig config, EventLog log) {
        this(mapper, config, log, new EventScreens() {
            @Override
            public Set<String> matching(EventData data) {
                return Set.of();
            }

            @Override
            public Uni<Boolean> known(String id) {
                return Uni.createFrom().item(false);
            }
        });
    }

    /**
     * Serialises {@code data} once and appends it to the log, which numbers it; it is kept and handed out when the
     * log hands it back (at once in memory, after the round trip with Redis). An event about a symbol carries the
     * saved screens the symbol's latest row passes, as this replica knows them now.
     */
    public void publish(EventData data) {
        String json;
        try {
            json = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + data.name() + " cannot be serialised", e);
        }
        Set<String> passed = data.about() == null ? Set.of() : screens.matching(data);
        log.append(data.name(), data.scanId(), data.about(), passed, json);
    }

    /** An event of the log, in id order: framed once, kept for reconnecting clients, and handed to every client. */
    synchronized void accept(ScanEvent event) {
        if (lastId != null && !event.id().isAfter(lastId)) {
            return; // already here: the log hands on each event once, but reading it again after an outage may not
        }
        lastId = event.id();
        FramedEvent framed = new FramedEvent(event, SseFrames.event(event));
        replay.addLast(framed);
        while (replay.size() > replaySize) {
            lastEvicted = replay.removeFirst().event().id();
        }
        for (Subscriber s : subscribers) {
            if (s.wants(event)) {
                s.deliver(framed);
            }
        }
        listeners.forEach(l -> l.accept(event));
    }

    /**
     * Hands {@code listener} every event from now on, in id order, those of other replicas included; it must not
     * block (it runs under the bus lock).
     */
    public void listen(Consumer<ScanEvent> listener) {
        listeners.add(listener);
    }

    /**
     * Registers a client and hands {@code first} what it missed since {@code lastEventId} (null: nothing to catch up).
     * Both happen under the publishing lock, so no live event can be lost, sent twice or overtake the catch-up.
     */
    synchronized void subscribe(Subscriber subscriber, TimeId lastEventId, Consumer<Catchup> first) {
        subscribers.add(subscriber);
        first.accept(catchup(subscriber, lastEventId));
    }

    private Catchup catchup(Subscriber subscriber, TimeId lastEventId) {
        if (lastEventId == null || lastEventId.equals(lastId)) {
            return new Catchup(lastId, List.of(), null);
        }
        List<FramedEvent> missed = new ArrayList<>();
        for (FramedEvent e : replay) {
            if (e.event().id().isAfter(lastEventId) && subscriber.wants(e.event())) {
                missed.add(e);
            }
        }
        Resync resync;
        if (lastEventId.equals(TimeId.ZERO)) { // "from the start": complete unless the buffer has dropped events
            resync = lastEvicted == null ? null : Resync.OLDER_THAN_BUFFER;
        } else if (lastEventId.equals(lastEvicted)
                || replay.stream().anyMatch(e -> e.event().id().equals(lastEventId))) {
            resync = null;
        } else {
            resync = whyNotSent(lastEventId); // the client is told, then gets what the buffer still holds after it
        }
        return new Catchup(lastId, missed, resync);
    }

    /** Why an id this bus cannot resume from is not one it holds. */
    private Resync whyNotSent(TimeId id) {
        TimeId origin = log.origin();
        if (origin != null && id.isBefore(origin)) {
            return Resync.RESTARTED;
        }
        if ((lastEvicted != null && id.isBefore(lastEvicted))
                || (!replay.isEmpty() && id.isBefore(replay.peekFirst().event().id()))) {
            return Resync.OLDER_THAN_BUFFER;
        }
        return Resync.UNKNOWN_ID;
    }

    void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    /** Waits, at most {@code max}, until every event published here has reached this process's clients. */
    public boolean flush(Duration max) {
        return log.flush(max);
    }

    /** Whether clients can be served: the log holds what it had before this process started. */
    public boolean ready() {
        return log.ready();
    }

    /** The newest event's id; null before the first event. */
    public synchronized TimeId lastId() {
        return lastId;
    }

    /** Events still in the replay buffer after {@code afterId} (null: all of them), oldest first. */
    public synchronized List<ScanEvent> since(TimeId afterId) {
        return replay.stream()
                .map(FramedEvent::event)
                .filter(e -> afterId == null || e.id().isAfter(afterId))
                .toList();
    }
}

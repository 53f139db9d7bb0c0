package io.fastscanner.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Numbers, keeps and fans out the scanner's events. Each event's stream frame is encoded once, here, and every
 * client gets those same bytes. Publishing never waits for a client: each client has its own bounded buffer (see
 * {@link SseConnection}); the bus only hands events over. The replay buffer keeps the newest
 * {@code scanner.events.replay-size} events for clients that reconnect.
 */
@ApplicationScoped
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
    record Catchup(long newestId, List<FramedEvent> missed, Resync resync) {}

    private final ObjectMapper mapper;
    private final int replaySize;
    private final ArrayDeque<FramedEvent> replay = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private long lastId;

    EventBus(ObjectMapper mapper, EventsConfig config) {
        this.mapper = mapper;
        this.replaySize = Math.max(1, config.replaySize());
    }

    /** Numbers, keeps and hands out an event whose data is {@code data}, serialised once. */
    public ScanEvent publish(EventData data) {
        String json;
        try {
            json = mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + data.name() + " cannot be serialised", e);
        }
        synchronized (this) {
            ScanEvent event = new ScanEvent(++lastId, data.name(), data.scanId(), data.about(), json);
            FramedEvent framed = new FramedEvent(event, SseFrames.event(event));
            replay.addLast(framed);
            while (replay.size() > replaySize) {
                replay.removeFirst();
            }
            for (Subscriber s : subscribers) {
                if (s.wants(event)) {
                    s.deliver(framed);
                }
            }
            return event;
        }
    }

    /**
     * Registers a client and hands {@code first} what it missed since {@code lastEventId} (null: nothing to catch up).
     * Both happen under the publishing lock, so no live event can be lost, sent twice or overtake the catch-up.
     */
    synchronized void subscribe(Subscriber subscriber, Long lastEventId, Consumer<Catchup> first) {
        subscribers.add(subscriber);
        first.accept(catchup(subscriber, lastEventId));
    }

    private Catchup catchup(Subscriber subscriber, Long lastEventId) {
        if (lastEventId == null || lastEventId == lastId) {
            return new Catchup(lastId, List.of(), null);
        }
        // An id from the future was issued by an earlier run of the process: the client's view is stale.
        if (lastEventId > lastId) {
            return new Catchup(lastId, List.of(), Resync.UNKNOWN_ID);
        }
        long oldest = replay.isEmpty() ? lastId + 1 : replay.peekFirst().event().id();
        List<FramedEvent> missed = new ArrayList<>();
        for (FramedEvent e : replay) {
            if (e.event().id() > lastEventId && subscriber.wants(e.event())) {
                missed.add(e);
            }
        }
        return new Catchup(lastId, missed, lastEventId < oldest - 1 ? Resync.OLDER_THAN_BUFFER : null);
    }

    void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public int subscriberCount() {
        return subscribers.size();
    }

    public synchronized long lastId() {
        return lastId;
    }

    /** Events still in the replay buffer after {@code afterId}, oldest first. */
    public synchronized List<ScanEvent> since(long afterId) {
        return replay.stream()
                .map(FramedEvent::event)
                .filter(e -> e.id() > afterId)
                .toList();
    }
}

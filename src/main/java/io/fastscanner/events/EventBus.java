package io.fastscanner.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Predicate;

/**
 * Numbers, keeps and fans out the scanner's events. Publishing never waits for a client: each client has its own
 * bounded buffer (see {@link EventStreamResource}); the bus only hands events over. The replay buffer keeps the
 * newest {@code scanner.events.replay-size} events for clients that reconnect.
 */
@ApplicationScoped
public class EventBus {

    /** A connected client: where its events go and which ones it wants. */
    record Subscriber(MultiEmitter<? super ScanEvent> emitter, Predicate<ScanEvent> filter) {
    }

    /** What a (re)connecting client gets first: the events it missed, or the news that it missed too many. */
    record Catchup(List<ScanEvent> missed, boolean resyncNeeded) {
    }

    @Inject
    ObjectMapper mapper;
    @Inject
    EventsConfig config;

    private final ArrayDeque<ScanEvent> replay = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private long lastId;

    /** Publishes an event; {@code data} is serialised with {@code scanId} and {@code timestamp} added first. */
    public ScanEvent publish(String name, String scanId, String symbol, Map<String, ?> data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("scanId", scanId);
        body.put("timestamp", Instant.now());
        body.putAll(data);
        String json;
        try {
            json = mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + name + " cannot be serialised", e);
        }
        ScanEvent event;
        synchronized (this) {
            event = new ScanEvent(++lastId, name, scanId, symbol, json);
            replay.addLast(event);
            while (replay.size() > Math.max(1, config.replaySize())) {
                replay.removeFirst();
            }
            for (Subscriber s : subscribers) {
                if (s.filter().test(event)) {
                    s.emitter().emit(event);
                }
            }
        }
        return event;
    }

    /**
     * Registers a client and returns what it missed since {@code lastEventId} (null: nothing to catch up), both under
     * the publishing lock, so nothing is lost or sent twice between the replay and the live stream.
     */
    synchronized Catchup subscribe(Subscriber subscriber, Long lastEventId) {
        subscribers.add(subscriber);
        if (lastEventId == null || lastEventId >= lastId) {
            return new Catchup(List.of(), false);
        }
        long oldest = replay.isEmpty() ? lastId + 1 : replay.peekFirst().id();
        boolean gap = lastEventId < oldest - 1;
        List<ScanEvent> missed = new ArrayList<>();
        for (ScanEvent e : replay) {
            if (e.id() > lastEventId && subscriber.filter().test(e)) {
                missed.add(e);
            }
        }
        return new Catchup(missed, gap);
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
        return replay.stream().filter(e -> e.id() > afterId).toList();
    }
}

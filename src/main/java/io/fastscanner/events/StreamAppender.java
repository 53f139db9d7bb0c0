package io.fastscanner.events;

import io.fastscanner.store.StoreHealth;
import io.fastscanner.time.TimeId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Appends this replica's events to the stream in the order they were published: the events waiting when Redis
 * answered the last append go in the next one, at most {@link #MAX_BATCH}, as one {@code MULTI} / {@code XADD}... /
 * {@code EXEC} on one connection, so a batch is appended whole or not at all and costs one round trip. One {@code XADD}
 * after another, each waiting for the one before, could not keep up with a deep phase on a busy machine: events
 * waited seconds here. Publishing never waits: events queue here, at most {@link #MAX_WAITING}; while Redis is
 * unreachable they wait and are sent once it is back; beyond the bound the oldest are dropped, and that is logged.
 */
final class StreamAppender {

    static final int MAX_WAITING = 10_000;
    static final int MAX_BATCH = 100;

    private static final Logger LOG = Logger.getLogger(StreamAppender.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final Redis redis;
    private final String key;
    private final int replaySize;
    private final StoreHealth health;
    private final ArrayDeque<Map<String, String>> waiting = new ArrayDeque<>();
    /** The batch Redis has not answered yet; put back in front of {@link #waiting} when it failed. */
    private List<Map<String, String>> inFlight = List.of();

    /** A batch is in flight or waits to be retried: appends only queue. */
    private boolean sending;

    private boolean closed;
    private long dropped;
    private volatile Duration retryDelay = FIRST_RETRY;
    private volatile TimeId lastAppended;
    private Runnable onAppended = () -> {};

    StreamAppender(Redis redis, String key, int replaySize, StoreHealth health) {
        this.redis = redis;
        this.key = key;
        this.replaySize = replaySize;
        this.health = health;
    }

    void append(Map<String, String> fields) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (waiting.size() + inFlight.size() >= MAX_WAITING && !waiting.isEmpty()) {
                waiting.removeFirst();
                if (dropped++ % 1000 == 0) {
                    LOG.warnf("Redis is unreachable and %d events wait: %d dropped so far", MAX_WAITING, dropped);
                }
            }
            waiting.addLast(fields);
            if (sending) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    private void sendNext() {
        List<Map<String, String>> batch = new ArrayList<>();
        synchronized (this) {
            while (!closed && !waiting.isEmpty() && batch.size() < MAX_BATCH) {
                batch.add(waiting.removeFirst());
            }
            if (batch.isEmpty()) {
                sending = false;
                return;
            }
            inFlight = batch;
        }
        redis.batch(transaction(batch)).subscribe().with(this::appended, this::failed);
    }

    private List<Request> transaction(List<Map<String, String>> batch) {
        List<Request> requests = new ArrayList<>(batch.size() + 2);
        requests.add(Request.cmd(Command.MULTI));
        for (Map<String, String> fields : batch) {
            Request xadd = Request.cmd(Command.XADD)
                    .arg(key)
                    .arg("MAXLEN")
                    .arg("~")
                    .arg(replaySize)
                    .arg("*");
            fields.forEach((name, value) -> xadd.arg(name).arg(value));
            requests.add(xadd);
        }
        requests.add(Request.cmd(Command.EXEC));
        return requests;
    }

    private void appended(List<Response> responses) {
        Response ids = responses.get(responses.size() - 1); // EXEC's answer: the id of each XADD
        if (ids == null || ids.size() != responses.size() - 2) {
            failed(new IllegalStateException("EXEC answered " + ids));
            return;
        }
        health.reachable();
        retryDelay = FIRST_RETRY;
        TimeId.parse(ids.get(ids.size() - 1).toString()).ifPresent(appended -> lastAppended = appended);
        synchronized (this) {
            inFlight = List.of();
        }
        onAppended.run();
        sendNext();
    }

    private void failed(Throwable failure) {
        // the same events again, later: nothing after them may overtake them
        health.unreachable("appending an event", failure);
        synchronized (this) {
            for (int i = inFlight.size() - 1; i >= 0; i--) {
                waiting.addFirst(inFlight.get(i));
            }
            inFlight = List.of();
        }
        Duration wait = retryDelay;
        retryDelay = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
        Uni.createFrom().voidItem().onItem().delayIt().by(wait).subscribe().with(ignored -> sendNext());
    }

    /** Called after each batch of events is appended. */
    void onAppended(Runnable listener) {
        this.onAppended = listener;
    }

    /** Nothing waits to be appended. */
    synchronized boolean idle() {
        return waiting.isEmpty() && inFlight.isEmpty();
    }

    /** The id of the last event this appender appended; null before the first. */
    TimeId lastAppended() {
        return lastAppended;
    }

    synchronized void close() {
        closed = true;
    }
}

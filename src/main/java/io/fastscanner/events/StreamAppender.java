package io.fastscanner.events;

import io.fastscanner.store.StoreHealth;
import io.fastscanner.time.TimeId;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Appends this replica's events to the stream one after the other, so they keep the order they were published in:
 * the next {@code XADD} is sent when the one before has its id. Publishing never waits: events queue here, at most
 * {@link #MAX_WAITING}; while Redis is unreachable they wait and are sent once it is back; beyond the bound the oldest
 * are dropped, and that is logged.
 */
final class StreamAppender {

    static final int MAX_WAITING = 10_000;

    private static final Logger LOG = Logger.getLogger(StreamAppender.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final ReactiveStreamCommands<String, String, String> streams;
    private final String key;
    private final XAddArgs trim;
    private final StoreHealth health;
    private final ArrayDeque<Map<String, String>> waiting = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    private long dropped;
    private volatile Duration retryDelay = FIRST_RETRY;
    private volatile TimeId lastAppended;
    private Runnable onAppended = () -> {};

    StreamAppender(
            ReactiveStreamCommands<String, String, String> streams, String key, int replaySize, StoreHealth health) {
        this.streams = streams;
        this.key = key;
        this.trim = new XAddArgs().maxlen((long) replaySize).nearlyExactTrimming();
        this.health = health;
    }

    void append(Map<String, String> fields) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (waiting.size() >= MAX_WAITING) {
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
        Map<String, String> next;
        synchronized (this) {
            next = waiting.peekFirst();
            if (next == null || closed) {
                sending = false;
                return;
            }
        }
        streams.xadd(key, trim, next)
                .subscribe()
                .with(
                        id -> {
                            health.reachable();
                            retryDelay = FIRST_RETRY;
                            TimeId.parse(id).ifPresent(appended -> lastAppended = appended);
                            synchronized (this) {
                                waiting.pollFirst();
                            }
                            onAppended.run();
                            sendNext();
                        },
                        failure -> {
                            // the same event again, later: nothing after it may overtake it
                            health.unreachable("appending an event", failure);
                            Duration wait = retryDelay;
                            retryDelay =
                                    wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
                            Uni.createFrom()
                                    .voidItem()
                                    .onItem()
                                    .delayIt()
                                    .by(wait)
                                    .subscribe()
                                    .with(ignored -> sendNext());
                        });
    }

    /** Called after each event is appended. */
    void onAppended(Runnable listener) {
        this.onAppended = listener;
    }

    /** Nothing waits to be appended. */
    synchronized boolean idle() {
        return waiting.isEmpty();
    }

    /** The id of the last event this appender appended; null before the first. */
    TimeId lastAppended() {
        return lastAppended;
    }

    synchronized void close() {
        closed = true;
    }
}

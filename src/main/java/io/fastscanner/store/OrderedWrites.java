package io.fastscanner.store;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Writes of this replica to Redis applied one after the other, in the order they were asked for: the next starts when
 * the one before has succeeded. Asking never waits: writes queue here, at most {@code capacity}. While Redis is
 * unreachable the first write is retried with backoff, so what was changed meanwhile reaches Redis once it is back;
 * beyond the bound the oldest are dropped, and that is logged. Every write must be idempotent (SET, HSET, ZADD, ZREM,
 * EXPIRE...): one that failed halfway is sent again whole.
 */
public final class OrderedWrites {

    private static final Logger LOG = Logger.getLogger(OrderedWrites.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(200);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private record Write(String what, Supplier<Uni<?>> command) {}

    private final int capacity;
    private final StoreHealth health;
    private final ArrayDeque<Write> waiting = new ArrayDeque<>();
    private boolean sending;
    private long dropped;
    private Duration retryDelay = FIRST_RETRY;

    public OrderedWrites(int capacity, StoreHealth health) {
        this.capacity = capacity;
        this.health = health;
    }

    /** Queues {@code command}; {@code what} names it in the log and in the store's health when it fails. */
    public void submit(String what, Supplier<Uni<?>> command) {
        synchronized (this) {
            if (waiting.size() >= capacity) {
                Write oldest = waiting.removeFirst();
                if (dropped++ % 1000 == 0) {
                    LOG.warnf(
                            "Redis is unreachable and %d writes wait: %d dropped so far (the oldest: %s)",
                            capacity, dropped, oldest.what());
                }
            }
            waiting.addLast(new Write(what, command));
            if (sending) {
                return;
            }
            sending = true;
        }
        sendNext();
    }

    /** True when nothing waits and nothing is being written. */
    public synchronized boolean idle() {
        return !sending && waiting.isEmpty();
    }

    private void sendNext() {
        Write next;
        synchronized (this) {
            next = waiting.peekFirst();
            if (next == null) {
                sending = false;
                return;
            }
        }
        Uni.createFrom()
                .deferred(next.command())
                .subscribe()
                .with(
                        done -> {
                            health.reachable();
                            synchronized (this) {
                                waiting.remove(next);
                                retryDelay = FIRST_RETRY;
                            }
                            sendNext();
                        },
                        failure -> {
                            health.unreachable(next.what(), failure);
                            Duration delay;
                            synchronized (this) {
                                delay = retryDelay;
                                retryDelay = retryDelay.multipliedBy(2).compareTo(LAST_RETRY) > 0
                                        ? LAST_RETRY
                                        : retryDelay.multipliedBy(2);
                            }
                            Uni.createFrom()
                                    .voidItem()
                                    .onItem()
                                    .delayIt()
                                    .by(delay)
                                    .subscribe()
                                    .with(ignored -> sendNext());
                        });
    }
}

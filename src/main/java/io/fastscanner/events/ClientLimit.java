package io.fastscanner.events;

import io.fastscanner.errors.ApiException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * How many clients the stream serves at once: a place is taken when a client connects and given back when it ends.
 * A client refused because all places are taken gets 503 {@code TOO_MANY_CLIENTS}; the operator is told at most
 * once a minute, so a crowd of refused clients cannot flood the log.
 */
final class ClientLimit {

    /** Suggested to a client refused because the stream is full: long enough for a place to be given back. */
    static final Duration FULL_RETRY_AFTER = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(ClientLimit.class);
    private static final long WARNING_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final int max;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL_NANOS);

    ClientLimit(int max) {
        this.max = max;
    }

    /** Takes a place; false when all are taken. */
    boolean tryTake() {
        return taken.getAndUpdate(n -> n < max ? n + 1 : n) < max;
    }

    void giveBack() {
        taken.decrementAndGet();
    }

    int max() {
        return max;
    }

    /** The answer to a client that found every place taken. */
    ApiException refusal() {
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARNING_INTERVAL_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warnf(
                    "The event stream serves %d clients (scanner.events.max-clients): refusing new ones;"
                            + " this is said at most once a minute",
                    max);
        }
        return new ApiException(
                        ApiException.SERVICE_UNAVAILABLE,
                        "TOO_MANY_CLIENTS",
                        "The event stream serves as many clients as it may (" + max + "); retry after "
                                + FULL_RETRY_AFTER.toSeconds() + " s")
                .withHeader("Retry-After", String.valueOf(FULL_RETRY_AFTER.toSeconds()));
    }
}

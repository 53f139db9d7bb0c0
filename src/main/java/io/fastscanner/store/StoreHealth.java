package io.fastscanner.store;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Whether the shared store answers, as its users see it: each Redis call reports success or failure here. The
 * readiness check and the scans read it; the operator is told once when Redis becomes unreachable and once when it is
 * back, not at every failed call.
 */
@ApplicationScoped
public class StoreHealth {

    /** Why the store is unreachable, and since when. */
    public record Outage(String reason, Instant since) {}

    private static final Logger LOG = Logger.getLogger(StoreHealth.class);

    private final Clock clock;
    private final AtomicReference<Outage> outage = new AtomicReference<>();

    public StoreHealth(Clock clock) {
        this.clock = clock;
    }

    public void reachable() {
        Outage ended = outage.getAndSet(null);
        if (ended != null) {
            LOG.infof("Redis is reachable again (unreachable since %s: %s)", ended.since(), ended.reason());
        }
    }

    public void unreachable(String what, Throwable failure) {
        String reason = what + ": "
                + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        Outage now = new Outage(reason, clock.instant());
        if (outage.compareAndSet(null, now)) {
            LOG.warnf("Redis is unreachable (%s); the service retries by itself", reason);
        }
    }

    /** Present while the store cannot be reached. */
    public Optional<Outage> outage() {
        return Optional.ofNullable(outage.get());
    }
}

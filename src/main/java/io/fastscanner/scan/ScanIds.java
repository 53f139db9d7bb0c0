package io.fastscanner.scan;

import io.fastscanner.store.Replica;
import io.fastscanner.store.StoreConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scan ids that sort by start time and stay unique within the process: {@code scan-20260425T150000Z-0001}. With a
 * shared store the replicas' scans meet in one event log, so each replica adds a random tag of its own:
 * {@code scan-20260425T150000Z-0001-3fa9c2}.
 */
@ApplicationScoped
public class ScanIds {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();
    private final String replicaTag;

    ScanIds(Clock clock, StoreConfig store, Replica replica) {
        this.clock = clock;
        this.replicaTag = store.redis() ? "-" + replica.tag() : "";
    }

    public String next() {
        return "scan-" + FORMAT.format(clock.instant()) + "-" + String.format("%04d", sequence.incrementAndGet())
                + replicaTag;
    }
}

package io.fastscanner.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/** Scan ids that sort by start time and stay unique within the process: {@code scan-20260425T150000Z-0001}. */
@ApplicationScoped
public class ScanIds {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final AtomicLong sequence = new AtomicLong();

    ScanIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        return "scan-" + FORMAT.format(clock.instant()) + "-" + String.format("%04d", sequence.incrementAndGet());
    }
}

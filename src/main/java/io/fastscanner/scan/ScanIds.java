package io.fastscanner.scan;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

/** Scan ids that sort by start time and stay unique within the process: {@code scan-20260425T150000Z-0001}. */
@ApplicationScoped
public class ScanIds {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private final AtomicLong sequence = new AtomicLong();

    public String next() {
        return "scan-" + FORMAT.format(ZonedDateTime.now(ZoneOffset.UTC)) + "-"
                + String.format("%04d", sequence.incrementAndGet());
    }
}

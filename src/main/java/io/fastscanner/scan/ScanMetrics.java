package io.fastscanner.scan;

import io.fastscanner.marketdata.MarketDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.TimeUnit;

/**
 * The scan's meters, registered once: {@code scanner.scan.duration{exchange}} (quick scans), {@code scanner.symbols.scanned}
 * by outcome ({@code ok}, {@code stale}, {@code failed}) and {@code scanner.ml.training}.
 */
@ApplicationScoped
public class ScanMetrics {

    private final Timer scanDuration;
    private final Counter ok;
    private final Counter stale;
    private final Counter failed;
    private final Timer training;

    ScanMetrics(MeterRegistry registry, MarketDataSource source) {
        this.scanDuration = Timer.builder("scanner.scan.duration")
                .description("Quick scan duration")
                .tag("exchange", source.exchange().id())
                .register(registry);
        this.ok = symbols(registry, "ok");
        this.stale = symbols(registry, "stale");
        this.failed = symbols(registry, "failed");
        this.training = Timer.builder("scanner.ml.training")
                .description("Training of the pooled ML model")
                .register(registry);
    }

    private static Counter symbols(MeterRegistry registry, String status) {
        return Counter.builder("scanner.symbols.scanned")
                .description("Symbols scanned, by outcome")
                .tag("status", status)
                .register(registry);
    }

    void scanned(ScanResult result, long durationNanos) {
        scanDuration.record(durationNanos, TimeUnit.NANOSECONDS);
        for (ScanRow row : result.rows()) {
            (row.failed() ? failed : row.stale() ? stale : ok).increment();
        }
    }

    void trained(long durationNanos) {
        training.record(durationNanos, TimeUnit.NANOSECONDS);
    }
}

package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The scan's meters: {@code scanner.scan.duration{exchange}} (quick scans; a scan over several exchanges is tagged
 * {@code binance+okx}), {@code scanner.symbols.scanned}
 * by outcome ({@code ok}, {@code stale}, {@code failed}) and {@code scanner.ml.training}.
 */
@ApplicationScoped
public class ScanMetrics {

    private final MeterRegistry registry;
    private final Map<String, Timer> scanDurations = new ConcurrentHashMap<>();
    private final Counter ok;
    private final Counter stale;
    private final Counter failed;
    private final Timer training;

    ScanMetrics(MeterRegistry registry, MarketDataSource source) {
        this.registry = registry;
        scanDuration(source.exchange().id()); // the default's, registered at start
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

    /** The duration of scans of one exchange, or of several ({@code binance+okx}). */
    private Timer scanDuration(String exchanges) {
        return scanDurations.computeIfAbsent(
                exchanges,
                tag -> Timer.builder("scanner.scan.duration")
                        .description("Quick scan duration")
                        .tag("exchange", tag)
                        .register(registry));
    }

    void scanned(ScanResult result, long durationNanos) {
        String exchanges = result.exchanges().stream().map(Exchange::id).collect(Collectors.joining("+"));
        scanDuration(exchanges).record(durationNanos, TimeUnit.NANOSECONDS);
        for (ScanRow row : result.rows()) {
            (row.failed() ? failed : row.stale() ? stale : ok).increment();
        }
    }

    void trained(long durationNanos) {
        training.record(durationNanos, TimeUnit.NANOSECONDS);
    }
}

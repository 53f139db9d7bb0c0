package io.fastscanner.scorecard.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The ledger's counters: {@code scanner.scorecard.ledger.dropped} by reason ({@code queue_full}, {@code over_capacity},
 * {@code expired}, {@code candles_unavailable}), {@code scanner.scorecard.ledger.measured} (signals given outcomes) and
 * {@code scanner.scorecard.ledger.measure.failures} (candle requests that failed; their signals stay pending).
 */
@ApplicationScoped
public class LedgerMetrics {

    private final MeterRegistry registry;
    private final Counter measured;
    private final Counter failures;

    LedgerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.measured = Counter.builder("scanner.scorecard.ledger.measured")
                .description("Recorded signals given one or more outcomes")
                .register(registry);
        this.failures = Counter.builder("scanner.scorecard.ledger.measure.failures")
                .description("Candle requests for measuring outcomes that failed; their signals stay pending")
                .register(registry);
    }

    void dropped(String reason, int count) {
        if (count > 0) {
            Counter.builder("scanner.scorecard.ledger.dropped")
                    .description("Recorded signals dropped, by reason")
                    .tag("reason", reason)
                    .register(registry)
                    .increment(count);
        }
    }

    void measured(int count) {
        measured.increment(count);
    }

    void failed() {
        failures.increment();
    }
}

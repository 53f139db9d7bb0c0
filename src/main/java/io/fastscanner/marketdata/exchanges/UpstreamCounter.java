package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.Exchange;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@code scanner.upstream.requests{source, endpoint, status}}: every answer, and every attempt that got none. */
final class UpstreamCounter {

    static final String METRIC = "scanner.upstream.requests";

    private final MeterRegistry registry;
    private final Exchange exchange;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    UpstreamCounter(MeterRegistry registry, Exchange exchange) {
        this.registry = registry;
        this.exchange = exchange;
    }

    /** One request to {@code endpoint} answered with {@code status} ({@code error} when no answer came). */
    void count(String endpoint, String status) {
        counters.computeIfAbsent(
                        endpoint + '|' + status,
                        key -> Counter.builder(METRIC)
                                .description("Requests sent to upstream market data APIs, by response status")
                                .tag("source", exchange.id())
                                .tag("endpoint", endpoint)
                                .tag("status", status)
                                .register(registry))
                .increment();
    }
}

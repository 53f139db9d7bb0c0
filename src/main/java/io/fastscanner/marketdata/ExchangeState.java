package io.fastscanner.marketdata;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How a market data source stands right now, as {@code GET /api/scanner/exchanges} shows it.
 *
 * @param limits      each request limit: weight used in the current window against the budget
 * @param pausedUntil the end of a running rate-limit pause
 * @param bannedUntil the end of a running ban
 * @param circuits    each endpoint's circuit breaker
 */
public record ExchangeState(
        Exchange exchange,
        List<LimitUse> limits,
        Optional<Instant> pausedUntil,
        Optional<Instant> bannedUntil,
        List<Circuit> circuits) {

    /** Weight used in the current window of one limit. */
    @RegisterForReflection
    public record LimitUse(String name, int used, int budget, long windowMs) {}

    /** One endpoint's circuit breaker: {@code closed}, {@code open} or {@code half_open}. */
    @RegisterForReflection
    public record Circuit(String endpoint, String state) {}

    /** A source that calls no exchange (replay, synthetic): nothing to limit, nothing to break. */
    public static ExchangeState local(Exchange exchange) {
        return new ExchangeState(exchange, List.of(), Optional.empty(), Optional.empty(), List.of());
    }
}

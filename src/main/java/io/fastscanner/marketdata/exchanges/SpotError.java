package io.fastscanner.marketdata.exchanges;

import io.fastscanner.marketdata.UpstreamException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an exchange's error answer means, as its {@link SpotApi} reads it (from the HTTP status, the headers or an
 * error code in a body that may even come with HTTP 200). Each kind gets the same behaviour as Binance's answers.
 */
public sealed interface SpotError {

    /** The defaults for statuses an exchange's reader left unexplained: 429, 418, 5xx and other non-2xx. */
    static Optional<SpotError> byStatus(int status, Map<String, List<String>> headers) {
        if (status >= 200 && status < 300) {
            return Optional.empty();
        }
        String message = "HTTP " + status;
        if (status == 429) {
            return Optional.of(new RateLimited(UpstreamException.retryAfter(headers), message));
        }
        if (status == 418) {
            return Optional.of(new Banned(Optional.empty(), message));
        }
        if (status >= 500) {
            return Optional.of(new Transient("http_" + status, message));
        }
        return Optional.of(new Failed("http_" + status, message));
    }

    /** The message shown to users, e.g. {@code 10006: Too many visits!}. */
    String message();

    /** Too many requests (Binance's 429): every request to the exchange waits {@code retryAfter} (default 1 minute). */
    record RateLimited(Optional<Duration> retryAfter, String message) implements SpotError {}

    /**
     * The exchange refuses this IP for a while (Binance's 418): no request is sent before {@code until}, or before
     * {@code scanner.exchanges.default-ban} when the exchange names no time.
     */
    record Banned(Optional<Instant> until, String message) implements SpotError {}

    /** The exchange does not know the symbol: reason {@code invalid_symbol}, the instruments are fetched again. */
    record InvalidSymbol(String message) implements SpotError {}

    /** A fault a later attempt may not have (5xx, maintenance): retried, counted by the circuit breaker. */
    record Transient(String reason, String message) implements SpotError {}

    /** Anything else: final, with a short machine-readable reason such as {@code http_400}. */
    record Failed(String reason, String message) implements SpotError {}
}

package io.fastscanner.marketdata;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call to an exchange failed. {@link #reason()} is a short machine-readable cause:
 * <ul>
 * <li>{@code http_<status>}: an HTTP error without a more specific reason, e.g. {@code http_500}, {@code http_403};</li>
 * <li>{@code invalid_symbol}: the exchange does not know the symbol (Binance: HTTP 400 with error code -1121);</li>
 * <li>{@code rate_limited}: HTTP 429, request-weight limit exceeded ({@link RateLimitedException});</li>
 * <li>{@code exchange_ban}: HTTP 418, the IP is banned after ignoring 429s, or a call was not sent because the
 * ban is still running; never retried;</li>
 * <li>{@code malformed_response}: the body is not the JSON the endpoint documents;</li>
 * <li>{@code timeout}: no complete response in time;</li>
 * <li>{@code io_error}: the connection failed;</li>
 * <li>{@code circuit_open}: too many recent transient failures, calls are short-circuited for a while.</li>
 * </ul>
 * Transient faults (5xx, timeouts, IO errors) are {@link TransientUpstreamException}s and are retried; all others
 * are final. The message names exchange and endpoint ({@code binance klines: code -1121: Invalid symbol.}); the
 * reason is not repeated in it, since a failed symbol shows {@code reason: message}.
 */
public class UpstreamException extends MarketDataException {

    private final Exchange source;
    private final String endpoint;
    private final int status;
    private final Map<String, List<String>> headers;

    /**
     * @param status  the HTTP status of the failed response, or -1 when no response arrived
     * @param headers its headers, names lower-cased
     */
    public UpstreamException(
            Exchange source,
            String endpoint,
            String reason,
            int status,
            Map<String, List<String>> headers,
            String message,
            Throwable cause) {
        this(
                reason,
                source + " " + endpoint + (message == null || message.isBlank() ? "" : ": " + message),
                source,
                endpoint,
                status,
                headers,
                cause);
    }

    /** For subclasses that word the whole message themselves. */
    protected UpstreamException(
            String reason,
            String fullMessage,
            Exchange source,
            String endpoint,
            int status,
            Map<String, List<String>> headers,
            Throwable cause) {
        super(reason, fullMessage, cause);
        this.source = source;
        this.endpoint = endpoint;
        this.status = status;
        this.headers = headers == null ? Map.of() : headers;
    }

    /** The exchange that was called. */
    public Exchange source() {
        return source;
    }

    /** The endpoint that failed, e.g. {@code klines}. */
    public String endpoint() {
        return endpoint;
    }

    /** The HTTP status of the failed response; empty when no response arrived. */
    public OptionalInt status() {
        return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /** The response headers of the failed response (names lower-case); empty when no response arrived. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Whether a later attempt may succeed without any change on our side. */
    public boolean isTransient() {
        return false;
    }

    /** How long a caller should wait before asking again: the {@code Retry-After} header when one was sent. */
    @Override
    public Optional<Duration> retryAfter() {
        return retryAfter(headers);
    }

    /** The {@code Retry-After} header (in seconds) of a response, when present and a whole number. */
    public static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
        List<String> values = headers.get("retry-after");
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Integer.parseInt(values.get(0).trim())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}

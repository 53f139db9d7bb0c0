package io.fastscanner.marketdata;

import java.util.List;
import java.util.Map;

/**
 * HTTP 429: the exchange's request limit was broken. Every call to that exchange pauses until {@code Retry-After}
 * has passed; this call is then retried, like a transient fault but never before the pause ends. It does not
 * count towards a circuit breaker: the exchange is up, we were too fast.
 */
public class RateLimitedException extends UpstreamException {

    public static final String REASON = "rate_limited";

    public RateLimitedException(
            Exchange source,
            String endpoint,
            int status,
            Map<String, List<String>> headers,
            String message,
            Throwable cause) {
        super(source, endpoint, REASON, status, headers, message, cause);
    }
}

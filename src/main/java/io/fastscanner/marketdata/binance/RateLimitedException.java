package io.fastscanner.marketdata.binance;

import java.util.List;
import java.util.Map;

/**
 * HTTP 429: the request-weight limit was broken. Every Binance call pauses until {@code Retry-After} has passed
 * ({@link BinanceWeightBudget#rateLimited}); this call is then retried, like a transient fault but never before
 * the pause ends. It does not count towards the circuit breaker: the exchange is up, we were too fast.
 */
public class RateLimitedException extends UpstreamException {

    public static final String REASON = "rate_limited";

    public RateLimitedException(BinanceEndpoint endpoint, int status, Map<String, List<String>> headers,
            String message, Throwable cause) {
        super(endpoint, REASON, status, headers, message, cause);
    }
}

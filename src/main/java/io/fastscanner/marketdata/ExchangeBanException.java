package io.fastscanner.marketdata;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An exchange banned this IP (Binance: HTTP 418; Bybit: HTTP 403 "access too frequent"; ...), or a call was not sent
 * because that ban is still running. Reason {@value #REASON}, message {@code until <instant>} (ISO-8601 UTC), so a
 * failed symbol reads {@code exchange_ban: until 2026-05-01T12:00:00Z}. Never retried: retrying before the ban ends
 * extends it.
 */
public class ExchangeBanException extends UpstreamException {

    public static final String REASON = "exchange_ban";

    private final Instant until;
    private final Instant now;

    public ExchangeBanException(
            Exchange source,
            String endpoint,
            Instant until,
            Instant now,
            int status,
            Map<String, List<String>> headers,
            Throwable cause) {
        super(REASON, "until " + until.truncatedTo(ChronoUnit.SECONDS), source, endpoint, status, headers, cause);
        this.until = until;
        this.now = now;
    }

    /** A call refused locally: the ban is known and not over yet. */
    public ExchangeBanException(Exchange source, String endpoint, Instant until, Instant now) {
        this(source, endpoint, until, now, -1, Map.of(), null);
    }

    /** When the ban ends. */
    public Instant until() {
        return until;
    }

    /** The rest of the ban, rounded up to whole seconds, at the time of this failure. */
    @Override
    public Optional<Duration> retryAfter() {
        long ms = Math.max(0, until.toEpochMilli() - now.toEpochMilli());
        return Optional.of(Duration.ofSeconds((ms + 999) / 1000));
    }
}

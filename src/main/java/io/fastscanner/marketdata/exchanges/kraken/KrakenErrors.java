package io.fastscanner.marketdata.exchanges.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.exchanges.SpotError;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Kraken's errors are strings in the body's {@code error} array, {@code <E|W><category>:<message>[:<extra>]}, and
 * "HTTP status codes are generally not used to indicate success or failure" (API error messages,
 * https://support.kraken.com/hc/en-us/articles/360001491786-API-error-messages): they come with HTTP 200. Warnings
 * ({@code W...}) alone are a good answer. The first error decides:
 * <ul>
 * <li>{@code EGeneral:Too many requests}, {@code EAPI:Rate limit exceeded}: rate limited. Kraken names no wait;
 * "additional calls would be restricted for a few seconds (or possibly longer if calls continue to be made)" (rate
 * limits article): we pause {@link #RATE_LIMIT_PAUSE}, or the {@code Retry-After} header's seconds when one is sent
 * (Cloudflare's 429).</li>
 * <li>{@code EGeneral:Temporary lockout}: banned; "temporary lockouts typically last approximately 15 minutes" (API
 * error codes article), so until the answer's {@code Date} plus {@link #LOCKOUT}, or the configured default ban when
 * the answer has no date.</li>
 * <li>{@code EQuery:Unknown asset pair}, {@code EQuery:Invalid asset pair}: unknown symbol.</li>
 * <li>The {@code Service} category ({@code EService:Unavailable}, {@code EService:Busy}, ...) and internal errors
 * ({@code EGeneral:Internal error}, {@code EDatabase:Internal error}; ccxt maps them to "exchange not available"):
 * transient.</li>
 * <li>Anything else: failed, reason {@code <category>_<message>} in snake case, e.g.
 * {@code general_invalid_arguments}.</li>
 * </ul>
 */
final class KrakenErrors {

    static final Duration RATE_LIMIT_PAUSE = Duration.ofSeconds(5);
    static final Duration LOCKOUT = Duration.ofMinutes(15);

    private static final Set<String> RATE_LIMITED = Set.of("EGeneral:Too many requests", "EAPI:Rate limit exceeded");
    private static final String LOCKED_OUT = "EGeneral:Temporary lockout";
    private static final Set<String> UNKNOWN_PAIR = Set.of("EQuery:Unknown asset pair", "EQuery:Invalid asset pair");
    private static final Set<String> INTERNAL = Set.of("EGeneral:Internal error", "EDatabase:Internal error");

    private KrakenErrors() {}

    static Optional<SpotError> read(Map<String, List<String>> headers, JsonNode body) {
        JsonNode errors = body == null ? null : body.get("error");
        if (errors == null || !errors.isArray()) {
            return Optional.empty();
        }
        for (JsonNode e : errors) {
            String message = e.asText("");
            if (message.startsWith("E")) {
                return Optional.of(of(message, headers));
            }
        }
        return Optional.empty();
    }

    private static SpotError of(String message, Map<String, List<String>> headers) {
        String kind = kind(message);
        if (RATE_LIMITED.contains(kind)) {
            return new SpotError.RateLimited(
                    Optional.of(UpstreamException.retryAfter(headers).orElse(RATE_LIMIT_PAUSE)), message);
        }
        if (LOCKED_OUT.equals(kind)) {
            return new SpotError.Banned(date(headers).map(d -> d.plus(LOCKOUT)), message);
        }
        if (UNKNOWN_PAIR.contains(kind)) {
            return new SpotError.InvalidSymbol(message);
        }
        if (kind.startsWith("EService:") || INTERNAL.contains(kind)) {
            return new SpotError.Transient(reason(kind), message);
        }
        return new SpotError.Failed(reason(kind), message);
    }

    /** Severity, category and message, without the extra information some errors append. */
    private static String kind(String message) {
        int second = message.indexOf(':', message.indexOf(':') + 1);
        return second < 0 ? message : message.substring(0, second);
    }

    /** {@code EService:Unavailable} is {@code service_unavailable}. */
    static String reason(String kind) {
        return kind.substring(1)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }

    private static Optional<Instant> date(Map<String, List<String>> headers) {
        List<String> values = headers.get("date");
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZonedDateTime.parse(values.get(0).trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

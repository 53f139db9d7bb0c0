package io.fastscanner.marketdata.exchanges.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.SpotError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Coinbase's error answers. Advanced Trade answers {@code {"error":"<CODE>","error_details":"...","message":"..."}}
 * with codes such as {@code NOT_FOUND} (an unknown product: {@code 404 {"error":"NOT_FOUND","message":"Product NOPE-USD
 * not supported"}}), {@code INVALID_ARGUMENT} (e.g. a span of more than 350 candles) or {@code unknown}; Coinbase's
 * other APIs answer {@code {"errors":[{"id":"rate_limit_exceeded","message":"Too many requests"}]}} (the documented
 * 429 body) or, on the Exchange API, {@code {"message":"NotFound"}} (ccxt's exception maps list {@code
 * rate_limit_exceeded} and {@code resource_exhausted} as 429, {@code not_found} as 404). Read whatever the status:
 * <ul>
 * <li>429, {@code rate_limit_exceeded} or {@code resource_exhausted}: rate limited. Coinbase names no wait (no
 * {@code Retry-After}, no usage headers); its limit counts per second, so the pause is one second unless a
 * {@code Retry-After} says otherwise;</li>
 * <li>{@code NOT_FOUND}, {@code INVALID_ARGUMENT} naming the product, or a 404 without a code whose message says not
 * found (the Exchange API's): unknown symbol;</li>
 * <li>{@code INTERNAL}, {@code UNAVAILABLE}, {@code DEADLINE_EXCEEDED}, {@code internal_server_error}: transient, like
 * 5xx;</li>
 * <li>any other code: failed, with the code in lower case as the reason.</li>
 * </ul>
 * Coinbase documents no ban; a 418 or 403 gets the shared defaults.
 */
final class CoinbaseErrors {

    /** The pause after a 429 that names none: Coinbase's limit counts requests per second. */
    static final Duration DEFAULT_PAUSE = Duration.ofSeconds(1);

    private static final Set<String> RATE_LIMITED = Set.of("rate_limit_exceeded", "resource_exhausted");
    private static final Set<String> TRANSIENT =
            Set.of("internal", "internal_server_error", "unavailable", "deadline_exceeded");
    private static final String NOT_FOUND = "not_found";
    private static final String INVALID_ARGUMENT = "invalid_argument";

    private CoinbaseErrors() {}

    static Optional<SpotError> read(int status, Map<String, List<String>> headers, JsonNode body) {
        String code = code(body);
        String message = message(body, code, status);
        if (status == 429 || RATE_LIMITED.contains(code)) {
            return Optional.of(new SpotError.RateLimited(
                    Optional.of(UpstreamException.retryAfter(headers).orElse(DEFAULT_PAUSE)), message));
        }
        if (NOT_FOUND.equals(code)
                || INVALID_ARGUMENT.equals(code) && mentions(message, "product")
                || status == 404
                        && code.isEmpty()
                        && (mentions(message, "not found") || mentions(message, "notfound"))) {
            return Optional.of(new SpotError.InvalidSymbol(message));
        }
        if (TRANSIENT.contains(code)) {
            return Optional.of(new SpotError.Transient(code, message));
        }
        if (!code.isEmpty()) {
            return Optional.of(new SpotError.Failed(code, message));
        }
        return Optional.empty();
    }

    /** The error code in lower case: Advanced Trade's {@code error}, or the first {@code errors[].id}; else "". */
    private static String code(JsonNode body) {
        String code = JsonValues.text(body.get("error"));
        if (code.isEmpty()) {
            code = JsonValues.text(body.path("errors").path(0).get("id"));
        }
        return code.trim().toLowerCase(Locale.ROOT);
    }

    private static String message(JsonNode body, String code, int status) {
        for (JsonNode candidate : List.of(
                body.path("message"),
                body.path("error_details"),
                body.path("errors").path(0).path("message"))) {
            String text = JsonValues.text(candidate).trim();
            if (!text.isEmpty()) {
                return code.isEmpty() ? text : code.toUpperCase(Locale.ROOT) + ": " + text;
            }
        }
        return code.isEmpty() ? "HTTP " + status : code.toUpperCase(Locale.ROOT);
    }

    private static boolean mentions(String message, String word) {
        return message.toLowerCase(Locale.ROOT).contains(word);
    }
}

package io.fastscanner.marketdata.exchanges.bybit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.SpotError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Bybit's error answers (https://bybit-exchange.github.io/docs/v5/error and .../v5/rate-limit). Most come with HTTP
 * 200 and a non-zero {@code retCode} in the body:
 * <ul>
 * <li>HTTP 403 ("403, access too frequent"): the IP broke the 600 requests per 5 s limit and is banned; the docs say
 * to wait at least 10 minutes and name no end, so the configured default ban applies. Retrying early extends it.
 * Bybit also answers 403 to U.S. IPs; that is read as the same ban.</li>
 * <li>{@value #IP_BANNED} "IP has been banned" and {@value #IP_LIMIT} "Exceeded the IP Rate Limit": the same ban.</li>
 * <li>{@value #TOO_MANY_VISITS} "Too many visits!" (the API rate limit), HTTP 429 and {@value #SYSTEM_PROTECTION}
 * "System level frequency protection": rate limited until {@code X-Bapi-Limit-Reset-Timestamp} (epoch ms), measured
 * against the answer's own {@code time} (or its {@code Timenow} header), else {@code Retry-After}.</li>
 * <li>{@value #PARAMS_ERROR} "Request parameter error" naming the symbol ({@code "Not supported symbols"}, ccxt's
 * exception map) and {@value #INVALID_SYMBOL} "Invalid symbol": an unknown symbol.</li>
 * <li>{@value #SERVER_TIMEOUT} "Server Timeout" and {@value #SERVER_ERROR} "Server error" (also "Service is
 * restarting"): transient.</li>
 * <li>any other code: failed, reason {@code bybit_<retCode>}.</li>
 * </ul>
 */
final class BybitErrors {

    static final long OK = 0;
    static final long SERVER_TIMEOUT = 10000;
    static final long PARAMS_ERROR = 10001;
    static final long TOO_MANY_VISITS = 10006;
    static final long IP_BANNED = 10009;
    static final long SERVER_ERROR = 10016;
    static final long IP_LIMIT = 10018;
    static final long SYSTEM_PROTECTION = 10429;
    static final long INVALID_SYMBOL = 170121;
    static final int HTTP_BANNED = 403;
    static final int HTTP_TOO_MANY = 429;
    static final String RESET_HEADER = "x-bapi-limit-reset-timestamp";
    static final String TIME_NOW_HEADER = "timenow";

    private BybitErrors() {}

    static Optional<SpotError> of(int status, Map<String, List<String>> headers, JsonNode body) {
        OptionalLong code = BybitAnswers.retCode(body);
        String message = message(status, code, body);
        if (status == HTTP_BANNED) {
            return Optional.of(new SpotError.Banned(Optional.empty(), message));
        }
        if (status == HTTP_TOO_MANY) {
            return Optional.of(new SpotError.RateLimited(retryAfter(headers, body), message));
        }
        if (code.isEmpty() || code.getAsLong() == OK) {
            return Optional.empty(); // other statuses get the defaults; a 200 without retCode fails as malformed
        }
        long c = code.getAsLong();
        if (c == IP_BANNED || c == IP_LIMIT) {
            return Optional.of(new SpotError.Banned(Optional.empty(), message));
        }
        if (c == TOO_MANY_VISITS || c == SYSTEM_PROTECTION) {
            return Optional.of(new SpotError.RateLimited(retryAfter(headers, body), message));
        }
        if (c == INVALID_SYMBOL || c == PARAMS_ERROR && namesSymbol(body)) {
            return Optional.of(new SpotError.InvalidSymbol(message));
        }
        if (c == SERVER_TIMEOUT || c == SERVER_ERROR) {
            return Optional.of(new SpotError.Transient("bybit_" + c, message));
        }
        return Optional.of(new SpotError.Failed("bybit_" + c, message));
    }

    /** The wait Bybit names: its reset time minus its own time of the answer, else {@code Retry-After}. */
    static Optional<Duration> retryAfter(Map<String, List<String>> headers, JsonNode body) {
        OptionalLong reset = header(headers, RESET_HEADER);
        OptionalLong now = BybitAnswers.serverTime(body);
        if (now.isEmpty()) {
            now = header(headers, TIME_NOW_HEADER);
        }
        if (reset.isPresent() && now.isPresent()) {
            return Optional.of(Duration.ofMillis(Math.max(0, reset.getAsLong() - now.getAsLong())));
        }
        OptionalLong seconds = header(headers, "retry-after");
        return seconds.isPresent() ? Optional.of(Duration.ofSeconds(seconds.getAsLong())) : Optional.empty();
    }

    private static boolean namesSymbol(JsonNode body) {
        return JsonValues.text(body.get("retMsg")).toLowerCase(Locale.ROOT).contains("symbol");
    }

    private static String message(int status, OptionalLong code, JsonNode body) {
        String text = JsonValues.text(body.get("retMsg"));
        if (code.isPresent() && code.getAsLong() != OK) {
            return code.getAsLong() + ": " + text;
        }
        return text.isEmpty() ? "HTTP " + status : "HTTP " + status + ": " + text;
    }

    private static OptionalLong header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                try {
                    return OptionalLong.of(Long.parseLong(e.getValue().get(0).trim()));
                } catch (NumberFormatException notANumber) {
                    return OptionalLong.empty();
                }
            }
        }
        return OptionalLong.empty();
    }
}

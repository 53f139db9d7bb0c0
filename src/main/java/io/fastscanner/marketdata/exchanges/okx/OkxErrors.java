package io.fastscanner.marketdata.exchanges.okx;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.SpotError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an OKX answer's {@code code} means (docs: "Error Code / REST API"). OKX puts the code in the envelope
 * {@code {"code":"50011","msg":"...","data":[]}} and sends many errors with HTTP 200, so the code decides, not the
 * status:
 * <ul>
 * <li>{@code 50011} (HTTP 429 "Too Many Requests", or 200 "Rate limit reached"): rate limited. OKX names no wait; a
 * {@code Retry-After} header is honoured when present, else the pause is one of OKX's 2-second windows;</li>
 * <li>{@code 50121} "You can't access our services through the IP address": the IP is refused, a ban with no end
 * named (the configured default applies);</li>
 * <li>{@code 51001} "Instrument ID ... doesn't exist": unknown symbol;</li>
 * <li>{@code 50001} (503, service unavailable), {@code 50004} (endpoint timeout), {@code 50013} (429 "Systems are
 * busy", which is not about our rate) and {@code 50026} (500, system error): transient, retried;</li>
 * <li>any other code: failed, reason {@code okx_<code>}.</li>
 * </ul>
 * Without an OKX envelope: HTTP 429 is rate limited as above, and HTTP 403 is a ban (OKX's edge refusing the IP
 * answers 403 with no code; OKX's own 403, {@code 50035}, is about API keys, which we do not use). Other statuses get
 * the source's defaults.
 */
final class OkxErrors {

    static final String RATE_LIMITED = "50011";
    static final String IP_REFUSED = "50121";
    static final String UNKNOWN_INSTRUMENT = "51001";
    static final Set<String> TRANSIENT = Set.of("50001", "50004", "50013", "50026");

    private OkxErrors() {}

    static Optional<SpotError> read(int status, Map<String, List<String>> headers, JsonNode body, Duration window) {
        String code = OkxEnvelope.code(body);
        if (code.isEmpty()) {
            return withoutEnvelope(status, headers, window);
        }
        if (OkxEnvelope.SUCCESS.equals(code)) {
            return Optional.empty();
        }
        String message = code + ": " + JsonValues.text(body.get("msg"));
        if (RATE_LIMITED.equals(code)) {
            return Optional.of(new SpotError.RateLimited(pause(headers, window), message));
        }
        if (IP_REFUSED.equals(code)) {
            return Optional.of(new SpotError.Banned(Optional.empty(), message));
        }
        if (UNKNOWN_INSTRUMENT.equals(code)) {
            return Optional.of(new SpotError.InvalidSymbol(message));
        }
        if (TRANSIENT.contains(code)) {
            return Optional.of(new SpotError.Transient("okx_" + code, message));
        }
        return Optional.of(new SpotError.Failed("okx_" + code, message));
    }

    private static Optional<SpotError> withoutEnvelope(int status, Map<String, List<String>> headers, Duration window) {
        if (status == 429) {
            return Optional.of(new SpotError.RateLimited(pause(headers, window), "HTTP 429"));
        }
        if (status == 403) {
            return Optional.of(new SpotError.Banned(Optional.empty(), "HTTP 403: the IP is refused"));
        }
        return Optional.empty();
    }

    private static Optional<Duration> pause(Map<String, List<String>> headers, Duration window) {
        return Optional.of(UpstreamException.retryAfter(headers).orElse(window));
    }
}

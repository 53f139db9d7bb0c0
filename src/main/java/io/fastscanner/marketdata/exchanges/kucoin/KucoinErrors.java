package io.fastscanner.marketdata.exchanges.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.SpotError;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What KuCoin's error answers mean. Every answer is an envelope {@code {"code":"200000","data":...}}; any other code
 * is an error, also when it comes with HTTP 200 (an unknown pair does). Sources: https://www.kucoin.com/docs-new
 * (rate limit, error codes), the legacy https://www.kucoin.com/docs/basic-info/request-rate-limit/rest-api, and
 * bodies quoted in ccxt ({@code ts/src/kucoin.ts}).
 * <ul>
 * <li>code {@code 429000} with {@code gw-ratelimit-reset}: the pool's quota is used up, "the request can be
 * re-requested after the length of time displayed in the request header": rate limited for that long;</li>
 * <li>code {@code 429000} without those headers: the docs' "server overload", which "does not count toward the
 * number of rate limits. It is recommended to try again later": transient, retried;</li>
 * <li>HTTP 429 without KuCoin's envelope: Cloudflare's IP limit in front of the API (error 1015, "block 30s"):
 * rate limited for {@code Retry-After}, else {@value #CLOUDFLARE_BLOCK_SECONDS} s;</li>
 * <li>HTTP 403 without KuCoin's envelope: Cloudflare refuses this IP (its "Access denied" pages); no end is named,
 * so the default ban applies;</li>
 * <li>code {@code 400100} about the pair ({@code "This pair is not provided at present"} for candles,
 * {@code "Unsupported trading pair."}): invalid symbol; other {@code 400100} answers are parameter errors;</li>
 * <li>codes {@code 500000} (Internal Server Error) and {@code 408000} (Network timeout, please try again later), and
 * any code with a 5xx status: transient;</li>
 * <li>any other code: failed, reason {@code kucoin_<code>}.</li>
 * </ul>
 */
final class KucoinErrors {

    static final String SUCCESS = "200000";
    static final String TOO_MANY_REQUESTS = "429000";
    static final String PARAMETER_ERROR = "400100";
    static final long CLOUDFLARE_BLOCK_SECONDS = 30;
    private static final List<String> TRANSIENT = List.of("500000", "408000");

    private KucoinErrors() {}

    static Optional<SpotError> error(int status, Map<String, List<String>> headers, JsonNode body) {
        String code = JsonValues.text(body.get("code"));
        if (code.equals(SUCCESS)) {
            return Optional.empty();
        }
        String message = message(code, JsonValues.text(body.get("msg")), status);
        if (code.equals(TOO_MANY_REQUESTS)) {
            return Optional.of(KucoinRateLimit.reset(headers)
                    .<SpotError>map(wait -> new SpotError.RateLimited(Optional.of(wait), message))
                    .orElseGet(() -> new SpotError.Transient("server_overload", message)));
        }
        if (code.isEmpty()) {
            return withoutEnvelope(status, headers, message);
        }
        if (code.equals(PARAMETER_ERROR) && message.toLowerCase(Locale.ROOT).contains("pair")) {
            return Optional.of(new SpotError.InvalidSymbol(message));
        }
        if (TRANSIENT.contains(code) || status >= 500) {
            return Optional.of(new SpotError.Transient("kucoin_" + code, message));
        }
        return Optional.of(new SpotError.Failed("kucoin_" + code, message));
    }

    /** Answers of the gateway or of Cloudflare in front of it; other statuses get the defaults. */
    private static Optional<SpotError> withoutEnvelope(int status, Map<String, List<String>> headers, String message) {
        if (status == 429) {
            Duration wait = KucoinRateLimit.reset(headers)
                    .or(() -> UpstreamException.retryAfter(headers))
                    .orElse(Duration.ofSeconds(CLOUDFLARE_BLOCK_SECONDS));
            return Optional.of(new SpotError.RateLimited(Optional.of(wait), message + " (IP rate limit)"));
        }
        if (status == 403) {
            return Optional.of(new SpotError.Banned(Optional.empty(), message + " (access denied to this IP)"));
        }
        return Optional.empty();
    }

    private static String message(String code, String msg, int status) {
        if (code.isEmpty()) {
            return "HTTP " + status;
        }
        return msg.isEmpty() ? code : code + ": " + msg;
    }
}

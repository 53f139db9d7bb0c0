package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The one place every Binance request passes through: it applies the per-exchange timeout, counts the request
 * ({@code scanner.upstream.requests{source=binance, endpoint, status}}), sees the response status and headers
 * ({@link #observe}), parses the body and turns every failure into an {@link UpstreamException}.
 *
 * <p>Fault tolerance, per method (each endpoint has its own circuit breaker):
 * <ul>
 * <li>{@code @Retry}: up to 3 retries with exponential backoff (250 ms, 500 ms, 1 s, plus up to 100 ms jitter)
 * and only for transient faults ({@link TransientUpstreamException}: 5xx, timeouts, IO errors). Never for 4xx,
 * and in particular never for 429/418 (retrying those would make a rate-limit ban worse).</li>
 * <li>{@code @CircuitBreaker}: opens when half of the last 20 attempts failed transiently; stays open 30 s.
 * Final errors (4xx, malformed bodies) do not count as failures.</li>
 * <li>{@code @Timeout}: a 30 s backstop per attempt; the regular limit is {@code scanner.binance.timeout}
 * (10 s), enforced inside the attempt so that it is counted and reported as reason {@code timeout}.</li>
 * </ul>
 * Failures raised by fault tolerance itself (its timeout, an open circuit) are not {@link UpstreamException}s;
 * callers convert them with {@link #toUpstream(BinanceEndpoint, Throwable)}.
 */
@ApplicationScoped
public class BinanceClient {

    static final String METRIC = "scanner.upstream.requests";
    static final String STATUS_ERROR = "error";
    private static final int BINANCE_INVALID_SYMBOL = -1121;

    private final BinanceApi api;
    private final BinanceConfig config;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    @Inject
    public BinanceClient(@RestClient BinanceApi api, BinanceConfig config, ObjectMapper mapper,
            MeterRegistry registry) {
        this.api = api;
        this.config = config;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** {@code GET /api/v3/exchangeInfo}. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, maxDuration = 2,
            durationUnit = ChronoUnit.MINUTES, retryOn = { TransientUpstreamException.class, TimeoutException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 4, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = { TransientUpstreamException.class, TimeoutException.class })
    public Uni<BinanceResponse> exchangeInfo() {
        return send(BinanceEndpoint.EXCHANGE_INFO, api::exchangeInfo);
    }

    /** {@code GET /api/v3/ticker/24hr} without a symbol: every symbol in one JSON array. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, maxDuration = 2,
            durationUnit = ChronoUnit.MINUTES, retryOn = { TransientUpstreamException.class, TimeoutException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 4, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = { TransientUpstreamException.class, TimeoutException.class })
    public Uni<BinanceResponse> ticker24h() {
        return send(BinanceEndpoint.TICKER_24H, api::ticker24h);
    }

    /** {@code GET /api/v3/klines?symbol=&interval=&limit=}; {@code limit} at most 1000. */
    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 3, delay = 250, delayUnit = ChronoUnit.MILLIS, jitter = 100, maxDuration = 2,
            durationUnit = ChronoUnit.MINUTES, retryOn = { TransientUpstreamException.class, TimeoutException.class })
    @ExponentialBackoff(factor = 2, maxDelay = 4, maxDelayUnit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 30, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 2, failOn = { TransientUpstreamException.class, TimeoutException.class })
    public Uni<BinanceResponse> klines(String exchangeSymbol, String interval, int limit) {
        return send(BinanceEndpoint.KLINES, () -> api.klines(exchangeSymbol, interval, limit));
    }

    /** Converts any failure of the methods above (including fault-tolerance ones) into an {@link UpstreamException}. */
    public static UpstreamException toUpstream(BinanceEndpoint endpoint, Throwable failure) {
        if (failure instanceof UpstreamException upstream) {
            return upstream;
        }
        if (failure instanceof TimeoutException) {
            return new TransientUpstreamException(endpoint, "timeout", "fault-tolerance timeout", failure);
        }
        if (failure instanceof org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException) {
            return new UpstreamException(endpoint, "circuit_open", "recent calls failed, not calling for a while",
                    failure);
        }
        return new TransientUpstreamException(endpoint, "io_error",
                failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure);
    }

    private Uni<BinanceResponse> send(BinanceEndpoint endpoint, Supplier<Uni<RestResponse<byte[]>>> call) {
        return Uni.createFrom().<RestResponse<byte[]>>deferred(call::get)
                .ifNoItem().after(config.timeout()).failWith(() -> new TransientUpstreamException(endpoint, "timeout",
                        "no response within " + config.timeout(), null))
                .onFailure().transform(failure -> failed(endpoint, failure))
                .onItem().transform(response -> succeeded(endpoint, response));
    }

    private BinanceResponse succeeded(BinanceEndpoint endpoint, RestResponse<byte[]> response) {
        int status = response.getStatus();
        Map<String, List<String>> headers = BinanceHttpException.lowerCaseHeaders(response.getStringHeaders());
        observe(endpoint, String.valueOf(status), headers);
        if (status < 200 || status >= 300) {
            throw new UpstreamException(endpoint, "http_" + status, status, headers, "unexpected status", null);
        }
        byte[] body = response.getEntity();
        JsonNode json;
        try {
            json = body == null || body.length == 0 ? null : mapper.readTree(body);
        } catch (JacksonException e) {
            throw new UpstreamException(endpoint, "malformed_response", status, headers, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UpstreamException(endpoint, "malformed_response", status, headers, e.getMessage(), e);
        }
        if (json == null || json.isMissingNode() || json.isNull()) {
            throw new UpstreamException(endpoint, "malformed_response", status, headers, "empty body", null);
        }
        return new BinanceResponse(endpoint, status, headers, json);
    }

    private UpstreamException failed(BinanceEndpoint endpoint, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BinanceHttpException http) { // the REST client may wrap what the mapper raised
                observe(endpoint, String.valueOf(http.status()), http.headers());
                return fromHttpError(endpoint, http);
            }
        }
        observe(endpoint, STATUS_ERROR, Map.of());
        return toUpstream(endpoint, failure);
    }

    private UpstreamException fromHttpError(BinanceEndpoint endpoint, BinanceHttpException http) {
        int status = http.status();
        BinanceError error = BinanceError.parse(mapper, http.body());
        String message = error.describe();
        if (status >= 500) {
            return new TransientUpstreamException(endpoint, "http_" + status, status, http.headers(), message, http);
        }
        String reason = switch (status) {
            case 429 -> "rate_limited";
            case 418 -> "ip_banned";
            case 400 -> error.code() == BINANCE_INVALID_SYMBOL ? "invalid_symbol" : "http_400";
            default -> "http_" + status;
        };
        return new UpstreamException(endpoint, reason, status, http.headers(), message, http);
    }

    /**
     * Sees every response (and every failed attempt) exactly once, with its status and headers: the place for
     * request-weight accounting ({@code X-MBX-USED-WEIGHT-1M}, {@code Retry-After}).
     */
    private void observe(BinanceEndpoint endpoint, String status, Map<String, List<String>> headers) {
        counters.computeIfAbsent(endpoint.tag() + '|' + status, key -> Counter.builder(METRIC)
                .description("Requests sent to upstream market data APIs, by response status")
                .tag("source", BinanceMarketDataSource.NAME)
                .tag("endpoint", endpoint.tag())
                .tag("status", status)
                .register(registry)).increment();
    }

    /** Binance's error body {@code {"code":-1121,"msg":"Invalid symbol."}}, when there is one. */
    record BinanceError(int code, String msg) {

        static BinanceError parse(ObjectMapper mapper, String body) {
            if (body == null || body.isBlank()) {
                return new BinanceError(0, "");
            }
            try {
                JsonNode json = mapper.readTree(body);
                if (json != null && json.isObject() && json.path("code").isIntegralNumber()) {
                    return new BinanceError(json.path("code").asInt(), json.path("msg").asText(""));
                }
            } catch (IOException | RuntimeException e) {
                // not a Binance error body: keep the text
            }
            return new BinanceError(0, body.strip());
        }

        String describe() {
            return code == 0 ? msg : "code " + code + ": " + msg;
        }
    }
}

package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.RateLimitedException;
import io.fastscanner.marketdata.TransientUpstreamException;
import io.fastscanner.marketdata.UpstreamException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.faulttolerance.api.ExponentialBackoff;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Every Binance request, with its fault tolerance: it applies the per-exchange timeout, counts the request
 * ({@code scanner.upstream.requests{source=binance, endpoint, status}}), sees the response status and headers
 * ({@link #observe}), parses the body and turns every failure it sees into an {@link UpstreamException}. Before each
 * attempt it waits for the {@link BinanceWeightBudget} (weight, 429 pause) or fails at once during a 418 ban (or,
 * with a shared budget out of reach, with reason {@code store_unavailable}, never retried).
 *
 * <p>Fault tolerance, per method (each endpoint has its own circuit breaker):
 * <ul>
 * <li>{@code @Retry}: up to 3 retries with exponential backoff (0.5 s, 1 s, 2 s, plus up to 100 ms jitter) for
 * transient faults ({@link TransientUpstreamException}: 5xx, timeouts, IO errors) and for 429
 * ({@link RateLimitedException}, whose retry also waits until {@code Retry-After} has passed). Never for other
 * 4xx, and never for 418.</li>
 * <li>{@code @CircuitBreaker}: opens when half of the last 20 attempts failed transiently; stays open
 * {@value #CIRCUIT_OPEN_SECONDS} s, during which calls fail at once with reason {@code circuit_open}. Final errors
 * (4xx, malformed bodies) and 429 do not count as failures.</li>
 * <li>Timeout: {@code scanner.binance.timeout} (10 s) per attempt, counted from when the request is sent (time
 * spent waiting for the weight budget does not count), reported as reason {@code timeout}.</li>
 * </ul>
 * The circuit breaker's own refusal reaches the caller as it is: {@link BinanceClient}, the only caller, converts it.
 */
@ApplicationScoped
// On the class: each of the three calls below gets its own retry policy and circuit breaker.
@Retry(
        maxRetries = 3,
        delay = 500,
        delayUnit = ChronoUnit.MILLIS,
        jitter = 100,
        maxDuration = 5,
        durationUnit = ChronoUnit.MINUTES,
        retryOn = {TransientUpstreamException.class, RateLimitedException.class})
@ExponentialBackoff(factor = 2, maxDelay = 4, maxDelayUnit = ChronoUnit.SECONDS)
@CircuitBreaker(
        requestVolumeThreshold = 20,
        failureRatio = 0.5,
        delay = BinanceRequests.CIRCUIT_OPEN_SECONDS,
        delayUnit = ChronoUnit.SECONDS,
        successThreshold = 2,
        failOn = TransientUpstreamException.class)
class BinanceRequests {

    static final String METRIC = "scanner.upstream.requests";
    /** How long an open circuit refuses calls; also the {@code Retry-After} of a {@code circuit_open} failure. */
    static final int CIRCUIT_OPEN_SECONDS = 30;

    static final String STATUS_ERROR = "error";
    /** Each endpoint's circuit breaker is named {@code binance-<endpoint tag>}, for GET /api/scanner/exchanges. */
    static final String CIRCUIT_PREFIX = "binance-";

    private static final int BINANCE_INVALID_SYMBOL = -1121;

    private final BinanceApi api;
    private final BinanceConfig config;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final BinanceWeightBudget budget;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    BinanceRequests(
            @RestClient BinanceApi api,
            BinanceConfig config,
            ObjectMapper mapper,
            MeterRegistry registry,
            BinanceWeightBudget budget) {
        this.api = api;
        this.budget = budget;
        this.config = config;
        this.mapper = mapper;
        this.registry = registry;
    }

    /** Turns a response body into what the caller needs; fails with {@link UpstreamException} or I/O errors. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(byte[] body) throws IOException;
    }

    /** {@code GET /api/v3/exchangeInfo}. */
    @CircuitBreakerName(CIRCUIT_PREFIX + "exchangeInfo")
    Uni<BinanceResponse<JsonNode>> exchangeInfo() {
        return send(BinanceEndpoint.EXCHANGE_INFO, api::exchangeInfo, this::tree);
    }

    /** {@code GET /api/v3/ticker/24hr} without a symbol: every symbol in one JSON array. */
    @CircuitBreakerName(CIRCUIT_PREFIX + "ticker24h")
    Uni<BinanceResponse<JsonNode>> ticker24h() {
        return send(BinanceEndpoint.TICKER_24H, api::ticker24h, this::tree);
    }

    /**
     * {@code GET /api/v3/klines?symbol=&interval=&limit=}; {@code limit} at most 1000. The body goes to
     * {@code reader} as bytes: a thousand rows are worth reading without building a JSON tree.
     */
    @CircuitBreakerName(CIRCUIT_PREFIX + "klines")
    <T> Uni<BinanceResponse<T>> klines(String exchangeSymbol, String interval, int limit, BodyReader<T> reader) {
        return send(BinanceEndpoint.KLINES, () -> api.klines(exchangeSymbol, interval, limit), reader);
    }

    /** The JSON factory of the application's mapper, for readers that stream. */
    JsonFactory jsonFactory() {
        return mapper.getFactory();
    }

    private <T> Uni<BinanceResponse<T>> send(
            BinanceEndpoint endpoint, Supplier<Uni<RestResponse<byte[]>>> call, BodyReader<T> reader) {
        return budget.acquire(endpoint)
                .onItem()
                .transformToUni(reservedAt -> Uni.createFrom()
                        .<RestResponse<byte[]>>deferred(call::get)
                        .ifNoItem()
                        .after(config.timeout())
                        .failWith(() -> endpoint.transientFailure(
                                "timeout", -1, Map.of(), "no response within " + config.timeout(), null))
                        .onItemOrFailure()
                        .transformToUni((response, failure) -> failure == null
                                ? succeeded(endpoint, reservedAt, response, reader)
                                : this.<T>failed(endpoint, reservedAt, failure)));
    }

    private <T> Uni<BinanceResponse<T>> succeeded(
            BinanceEndpoint endpoint, long reservedAt, RestResponse<byte[]> response, BodyReader<T> reader) {
        int status = response.getStatus();
        Map<String, List<String>> headers = BinanceHttpException.lowerCaseHeaders(response.getStringHeaders());
        // Read on a worker: a burst of answers parsed on the event loop would hold up every reply queued behind it,
        // the shared budget's among them, and so the next requests.
        observe(endpoint, reservedAt, String.valueOf(status), headers);
        return Uni.createFrom()
                .item(response.getEntity())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(body -> read(endpoint, status, headers, body, reader));
    }

    private <T> BinanceResponse<T> read(
            BinanceEndpoint endpoint,
            int status,
            Map<String, List<String>> headers,
            byte[] body,
            BodyReader<T> reader) {
        if (status < 200 || status >= 300) {
            throw endpoint.failure("http_" + status, status, headers, "unexpected status", null);
        }
        if (body == null || body.length == 0) {
            throw endpoint.failure(BinanceEndpoint.MALFORMED, status, headers, "empty body", null);
        }
        try {
            return new BinanceResponse<>(endpoint, status, headers, reader.read(body));
        } catch (JacksonException e) {
            throw endpoint.failure(BinanceEndpoint.MALFORMED, status, headers, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw endpoint.failure(BinanceEndpoint.MALFORMED, status, headers, e.getMessage(), e);
        }
    }

    private JsonNode tree(byte[] body) throws IOException {
        JsonNode json = mapper.readTree(body);
        if (json == null || json.isMissingNode() || json.isNull()) {
            throw new JsonParseException(null, "empty body"); // "null", or nothing but whitespace
        }
        return json;
    }

    /** Fails with the {@link UpstreamException} of a failed attempt, once a 429 or 418 is recorded in the budget. */
    private <T> Uni<BinanceResponse<T>> failed(BinanceEndpoint endpoint, long reservedAt, Throwable failure) {
        BinanceHttpException http = httpError(failure);
        observe(
                endpoint,
                reservedAt,
                http != null ? String.valueOf(http.status()) : STATUS_ERROR,
                http != null ? http.headers() : Map.of());
        Uni<UpstreamException> upstream = http != null
                ? fromHttpError(endpoint, http)
                : Uni.createFrom().item(withoutResponse(endpoint, failure));
        return upstream.onItem().transformToUni(e -> Uni.createFrom().failure(e));
    }

    /** The HTTP error among {@code failure} and its causes: the REST client may wrap what the mapper raised. */
    private static BinanceHttpException httpError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BinanceHttpException http) {
                return http;
            }
        }
        return null;
    }

    private static UpstreamException withoutResponse(BinanceEndpoint endpoint, Throwable failure) {
        if (failure instanceof UpstreamException upstream) {
            return upstream;
        }
        return endpoint.transientFailure(
                "io_error", -1, Map.of(), failure.getClass().getSimpleName() + ": " + failure.getMessage(), failure);
    }

    private Uni<UpstreamException> fromHttpError(BinanceEndpoint endpoint, BinanceHttpException http) {
        int status = http.status();
        BinanceError error = BinanceError.parse(mapper, http.body());
        String message = error.describe();
        if (status >= 500) {
            return Uni.createFrom()
                    .item(endpoint.transientFailure("http_" + status, status, http.headers(), message, http));
        }
        if (status == 429) {
            RateLimitedException limited =
                    new RateLimitedException(Exchange.BINANCE, endpoint.tag(), status, http.headers(), message, http);
            return budget.rateLimited(limited.retryAfter()).replaceWith(limited);
        }
        if (status == 418) {
            return budget.banned(UpstreamException.retryAfter(http.headers()), error.msg())
                    .map(until -> new ExchangeBanException(
                            Exchange.BINANCE, endpoint.tag(), until, budget.now(), status, http.headers(), http));
        }
        String reason = status == 400 && error.code() == BINANCE_INVALID_SYMBOL ? "invalid_symbol" : "http_" + status;
        return Uni.createFrom().item(endpoint.failure(reason, status, http.headers(), message, http));
    }

    /**
     * Sees every response (and every failed attempt) exactly once, with its status and headers: counts it and
     * reports Binance's {@code X-MBX-USED-WEIGHT-1M} to the weight budget.
     */
    private void observe(BinanceEndpoint endpoint, long reservedAt, String status, Map<String, List<String>> headers) {
        counters.computeIfAbsent(
                        endpoint.tag() + '|' + status,
                        key -> Counter.builder(METRIC)
                                .description("Requests sent to upstream market data APIs, by response status")
                                .tag("source", Exchange.BINANCE.id())
                                .tag("endpoint", endpoint.tag())
                                .tag("status", status)
                                .register(registry))
                .increment();
        OptionalInt used = BinanceResponse.usedWeight(headers);
        if (used.isPresent()) {
            // Not awaited: the response is read at once, whether or not the count has reached a shared budget yet.
            budget.reportUsed(reservedAt, used.getAsInt()).subscribe().with(ignored -> {});
        }
    }
}

package io.fastscanner.marketdata.exchanges;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeBanException;
import io.fastscanner.marketdata.RateLimitedException;
import io.fastscanner.marketdata.TransientUpstreamException;
import io.fastscanner.marketdata.UpstreamException;
import io.fastscanner.marketdata.budget.BudgetGate;
import io.fastscanner.marketdata.budget.BudgetUnreachableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends the requests of one {@link SpotApi} the way the Binance source sends its own:
 * <ul>
 * <li>budget: each request first passes the {@link BudgetGate} of its limit (waits for room or for the end of a
 * rate-limit pause, fails at once during a ban), shared by every replica with the redis store;</li>
 * <li>errors: the exchange's error answer, read by {@link SpotApi#error}, becomes the same behaviour as Binance's:
 * rate limited (pause, then retry), banned ({@link ExchangeBanException}, nothing sent until it ends), unknown symbol,
 * transient (5xx, timeouts, I/O: retried) or final;</li>
 * <li>retries: up to 3 with exponential backoff (0.5 s, 1 s, 2 s, 20 % jitter) for transient faults and rate limits;</li>
 * <li>a {@link CircuitBreaker} per endpoint; while open, calls fail at once with reason {@code circuit_open};</li>
 * <li>a timeout per attempt ({@code scanner.exchanges.timeout}) from when the request is sent;</li>
 * <li>the counter {@code scanner.upstream.requests{source, endpoint, status}} for every answer and failed attempt.</li>
 * </ul>
 * Bodies are parsed on a worker thread, never on the event loop.
 */
public final class SpotHttp {

    static final String MALFORMED = "malformed_response";
    private static final Duration DEFAULT_PAUSE = Duration.ofMinutes(1);
    private static final int MAX_RETRIES = 3;
    private static final String USER_AGENT = "fast-scanner";

    /** An answer as it arrived. */
    private record Answer(int status, Map<String, List<String>> headers, byte[] body) {}

    private final SpotApi api;
    private final String baseUrl;
    private final HttpClient client;
    private final Map<String, BudgetGate> gates;
    private final Clock clock;
    private final Duration timeout;
    private final Duration defaultBan;
    private final ObjectMapper mapper;
    private final Map<String, CircuitBreaker> breakers = new ConcurrentHashMap<>();
    private final UpstreamCounter counter;

    public SpotHttp(
            SpotApi api,
            String baseUrl,
            HttpClient client,
            Map<String, BudgetGate> gates,
            Clock clock,
            SpotConfig config,
            MeterRegistry registry,
            ObjectMapper mapper) {
        this.api = api;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.client = client;
        this.gates = Map.copyOf(gates);
        this.clock = clock;
        this.timeout = config.timeout();
        this.defaultBan = config.defaultBan();
        this.counter = new UpstreamCounter(registry, api.exchange());
        this.mapper = mapper;
    }

    public SpotApi api() {
        return api;
    }

    /** The JSON answer of {@code request}, or an {@link UpstreamException} (or {@link BudgetUnreachableException}). */
    public Uni<JsonNode> get(SpotRequest request) {
        return attempt(request)
                .onFailure(SpotHttp::retryable)
                .retry()
                .withBackOff(Duration.ofMillis(500), Duration.ofSeconds(4))
                .withJitter(0.2)
                .atMost(MAX_RETRIES);
    }

    private static boolean retryable(Throwable failure) {
        return failure instanceof TransientUpstreamException || failure instanceof RateLimitedException;
    }

    private Uni<JsonNode> attempt(SpotRequest request) {
        return Uni.createFrom().deferred(() -> {
            CircuitBreaker breaker = breaker(request.endpoint());
            if (!breaker.allows(clock.millis())) {
                return Uni.createFrom()
                        .failure(failure(
                                request,
                                "circuit_open",
                                -1,
                                Map.of("retry-after", List.of(String.valueOf(CircuitBreaker.OPEN_SECONDS))),
                                "recent calls failed, not calling for a while"));
            }
            BudgetGate gate = gate(request);
            return gate.acquire(
                            request.weight(),
                            (until, now) -> new ExchangeBanException(exchange(), request.endpoint(), until, now))
                    .onItem()
                    .transformToUni(reservedAt -> send(request)
                            .ifNoItem()
                            .after(timeout)
                            .failWith(() ->
                                    transientFailure(request, "timeout", -1, Map.of(), "no response within " + timeout))
                            .onItemOrFailure()
                            .transformToUni((answer, failure) -> failure == null
                                    ? answered(request, gate, reservedAt, answer)
                                    : notAnswered(request, breaker, failure)));
        });
    }

    private Uni<Answer> send(SpotRequest request) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(baseUrl + request.pathAndQuery())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/json")
                .putHeader("User-Agent", USER_AGENT); // Kraken asks every client to send one
        return client.request(options)
                .onItem()
                .transformToUni(r -> r.send())
                .onItem()
                .transformToUni(response -> response.body()
                        .map(body -> new Answer(response.statusCode(), headers(response), body.getBytes())));
    }

    private Uni<JsonNode> notAnswered(SpotRequest request, CircuitBreaker breaker, Throwable failure) {
        counter.count(request.endpoint(), "error");
        if (failure instanceof UpstreamException upstream) {
            breaker.failed(clock.millis());
            return Uni.createFrom().failure(upstream);
        }
        breaker.failed(clock.millis());
        return Uni.createFrom()
                .failure(transientFailure(
                        request,
                        "io_error",
                        -1,
                        Map.of(),
                        failure.getClass().getSimpleName() + ": " + failure.getMessage()));
    }

    private Uni<JsonNode> answered(SpotRequest request, BudgetGate gate, long reservedAt, Answer answer) {
        counter.count(request.endpoint(), String.valueOf(answer.status()));
        api.usedWeight(gate.limit(), answer.headers())
                .ifPresent(used -> gate.reportUsed(reservedAt, used).subscribe().with(ok -> {}, failure -> {}));
        return Uni.createFrom()
                .item(answer)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(a -> parse(a.body()))
                .onItem()
                .transformToUni(body -> judge(request, gate, answer, body));
    }

    private Uni<JsonNode> judge(SpotRequest request, BudgetGate gate, Answer answer, JsonNode body) {
        int status = answer.status();
        Map<String, List<String>> headers = answer.headers();
        CircuitBreaker breaker = breaker(request.endpoint());
        Optional<SpotError> error = api.error(status, headers, body).or(() -> SpotError.byStatus(status, headers));
        if (error.isEmpty()) {
            if (body.isMissingNode()) {
                breaker.succeeded();
                return Uni.createFrom().failure(failure(request, MALFORMED, status, headers, "the answer is not JSON"));
            }
            breaker.succeeded();
            return Uni.createFrom().item(body);
        }
        SpotError e = error.get();
        if (e instanceof SpotError.Transient t) {
            breaker.failed(clock.millis());
            return Uni.createFrom().failure(transientFailure(request, t.reason(), status, headers, t.message()));
        }
        breaker.succeeded(); // the exchange is up and answering: not a fault of its availability
        if (e instanceof SpotError.RateLimited limited) {
            Duration pause = limited.retryAfter().orElse(DEFAULT_PAUSE);
            RateLimitedException failure = new RateLimitedException(
                    exchange(), request.endpoint(), status, withRetryAfter(headers, pause), e.message(), null);
            return gate.pauseFor(pause)
                    .onFailure()
                    .recoverWithNull()
                    .onItem()
                    .transformToUni(ignored -> Uni.createFrom().failure(failure));
        }
        if (e instanceof SpotError.Banned banned) {
            // the exchange refuses the IP, not one endpoint: every limit of the exchange stops sending
            Instant until = banned.until().orElseGet(() -> gate.now().plus(defaultBan));
            return Uni.join()
                    .all(gates.values().stream()
                            .map(g -> g.banUntil(until).onFailure().recoverWithItem(until))
                            .toList())
                    .andFailFast()
                    .map(ends -> ends.stream().max(Instant::compareTo).orElse(until))
                    .onItem()
                    .transformToUni(effective -> Uni.createFrom()
                            .failure(new ExchangeBanException(
                                    exchange(), request.endpoint(), effective, gate.now(), status, headers, null)));
        }
        if (e instanceof SpotError.InvalidSymbol) {
            return Uni.createFrom().failure(failure(request, "invalid_symbol", status, headers, e.message()));
        }
        SpotError.Failed failed = (SpotError.Failed) e;
        return Uni.createFrom().failure(failure(request, failed.reason(), status, headers, failed.message()));
    }

    private JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode json = mapper.readTree(body);
            return json == null ? MissingNode.getInstance() : json;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    /** Per-endpoint circuit breakers, for {@code GET /api/scanner/exchanges}. */
    Map<String, CircuitBreaker.State> circuits() {
        long now = clock.millis();
        Map<String, CircuitBreaker.State> states = new HashMap<>();
        breakers.forEach((endpoint, breaker) -> states.put(endpoint, breaker.state(now)));
        return states;
    }

    Map<String, BudgetGate> gates() {
        return gates;
    }

    private CircuitBreaker breaker(String endpoint) {
        return breakers.computeIfAbsent(endpoint, e -> new CircuitBreaker());
    }

    private BudgetGate gate(SpotRequest request) {
        BudgetGate gate = gates.get(request.limit());
        if (gate == null) {
            throw new IllegalStateException(exchange() + " has no request limit named " + request.limit());
        }
        return gate;
    }

    private Exchange exchange() {
        return api.exchange();
    }

    private UpstreamException failure(
            SpotRequest request, String reason, int status, Map<String, List<String>> headers, String message) {
        return new UpstreamException(exchange(), request.endpoint(), reason, status, headers, message, null);
    }

    private TransientUpstreamException transientFailure(
            SpotRequest request, String reason, int status, Map<String, List<String>> headers, String message) {
        return new TransientUpstreamException(exchange(), request.endpoint(), reason, status, headers, message, null);
    }

    private static Map<String, List<String>> headers(HttpClientResponse response) {
        Map<String, List<String>> headers = new HashMap<>();
        response.headers()
                .forEach(e -> headers.computeIfAbsent(
                                e.getKey().toLowerCase(Locale.ROOT), k -> new java.util.ArrayList<>())
                        .add(e.getValue()));
        return headers;
    }

    private static Map<String, List<String>> withRetryAfter(Map<String, List<String>> headers, Duration pause) {
        Map<String, List<String>> copy = new HashMap<>(headers);
        copy.putIfAbsent("retry-after", List.of(String.valueOf(Math.max(1, (pause.toMillis() + 999) / 1000))));
        return copy;
    }
}

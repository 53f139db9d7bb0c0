package io.fastscanner.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network part of every simulated exchange: a Vert.x server on 127.0.0.1 that hands each request to its
 * {@link Venue} and sends the answer {@code latency ± jitter} (uniform) after the request arrived, by a timer, so no
 * thread waits for it (the time spent building the body counts towards that delay). Counts requests and
 * rate-limited answers per endpoint, the peak number of requests in flight and the connections opened, since the
 * last {@link #reset()}, and when each request arrived ({@link #arrivals()}, the first {@value #MAX_ARRIVALS}).
 */
final class LoopbackServer implements AutoCloseable {

    /** Counters since the last reset. */
    record Stats(
            Map<String, Long> requests,
            long total,
            Map<String, Long> rateLimitedByEndpoint,
            long rateLimited,
            Map<String, Integer> peakUse,
            int peakInFlight,
            long connections) {}

    /** One request: its endpoint and when it arrived (epoch milliseconds). */
    record Arrival(String endpoint, long atMs) {}

    static final int MAX_ARRIVALS = 100_000;

    private final Vertx vertx;
    private final Venue venue;
    private final long latencyMs;
    private final long jitterMs;
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> limited = new ConcurrentHashMap<>();
    private final AtomicLong connections = new AtomicLong();
    private final Queue<Arrival> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicInteger arrivalCount = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int peakInFlight;
    private HttpServer server;

    LoopbackServer(Vertx vertx, Venue venue, Duration latency, Duration jitter) {
        this.vertx = vertx;
        this.venue = venue;
        this.latencyMs = latency.toMillis();
        this.jitterMs = Math.min(jitter.toMillis(), latencyMs);
    }

    /** Starts listening on 127.0.0.1 (port 0: any free port) and returns the port. */
    int start(int port) {
        HttpServerOptions options = new HttpServerOptions()
                .setHost("127.0.0.1")
                .setPort(port)
                .setTcpNoDelay(true)
                .setIdleTimeout(0);
        server = vertx.createHttpServer(options)
                .connectionHandler(c -> connections.incrementAndGet())
                .requestHandler(this::handle);
        return await(server.listen()).actualPort();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /** Clears the counters and the venue's request windows and cached answers. */
    synchronized void reset() {
        requests.clear();
        limited.clear();
        arrivals.clear();
        arrivalCount.set(0);
        connections.set(0);
        peakInFlight = inFlight.get();
        venue.reset();
    }

    synchronized Stats stats() {
        Map<String, Long> counts = counts(requests);
        Map<String, Long> refused = counts(limited);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long rateLimited = refused.values().stream().mapToLong(Long::longValue).sum();
        return new Stats(counts, total, refused, rateLimited, venue.peakUse(), peakInFlight, connections.get());
    }

    /** The requests since the last reset, in arrival order. */
    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    private static Map<String, Long> counts(Map<String, AtomicLong> counters) {
        Map<String, Long> sorted = new TreeMap<>();
        counters.forEach((k, v) -> sorted.put(k, v.get()));
        return sorted;
    }

    private void handle(HttpServerRequest request) {
        long arrived = System.nanoTime();
        int now = inFlight.incrementAndGet();
        if (now > peakInFlight) {
            peakInFlight = now; // benign race: a peak, not an exact count
        }
        Reply reply = venue.answer(request);
        if (arrivalCount.incrementAndGet() <= MAX_ARRIVALS) {
            arrivals.add(new Arrival(reply.endpoint(), System.currentTimeMillis()));
        }
        requests.computeIfAbsent(reply.endpoint(), k -> new AtomicLong()).incrementAndGet();
        if (reply.rateLimited()) {
            limited.computeIfAbsent(reply.endpoint(), k -> new AtomicLong()).incrementAndGet();
        }
        long jitter = jitterMs == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitterMs, jitterMs + 1);
        long spentMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrived);
        long delay = latencyMs + jitter - spentMs;
        Runnable send = () -> {
            inFlight.decrementAndGet();
            HttpServerResponse response =
                    request.response().setStatusCode(reply.status()).putHeader("Content-Type", "application/json");
            reply.headers().forEach(response::putHeader);
            response.end(Buffer.buffer(reply.body()));
        };
        if (delay >= 1) {
            vertx.setTimer(delay, id -> send.run());
        } else {
            send.run();
        }
    }

    @Override
    public void close() {
        if (server != null) {
            await(server.close());
        }
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

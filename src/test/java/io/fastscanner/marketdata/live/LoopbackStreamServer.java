package io.fastscanner.marketdata.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * A WebSocket server on a free loopback port standing in for the kline streams of Binance ({@code /stream}), Bybit
 * ({@code /v5/public/spot}) and OKX ({@code /ws/v5/business}). The test sees every connection and what it subscribed,
 * pushes candles to the connections carrying a stream, and makes them fail: drop, stall, end at a life limit (Binance
 * ends connections at 24 h), or refuse new connections for a while. Like Binance, a connection subscribing more than
 * 1024 streams is closed.
 */
public final class LoopbackStreamServer implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final LongSupplier clock;
    private final List<LoopbackConnection> connections = new CopyOnWriteArrayList<>();
    private final Map<String, LifeLimit> lifeLimits = new ConcurrentHashMap<>();
    private final AtomicInteger refusedUpgrades = new AtomicInteger();
    private volatile boolean refusing;
    private HttpServer server;

    private LoopbackStreamServer(LongSupplier clock) {
        this.clock = clock;
    }

    /** A started server; pushes carry {@code clock} as the exchange's event time. */
    public static LoopbackStreamServer start(LongSupplier clock) {
        LoopbackStreamServer loopback = new LoopbackStreamServer(clock);
        try {
            loopback.server = loopback.vertx
                    .createHttpServer()
                    .requestHandler(loopback::request)
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            loopback.close();
            throw new IllegalStateException("the loopback stream server did not start", e);
        }
        return loopback;
    }

    public int port() {
        return server.actualPort();
    }

    /** Every connection opened so far, in order. */
    public List<LoopbackConnection> connections() {
        return List.copyOf(connections);
    }

    /** The connections that subscribed {@code stream}, open or not, in order. */
    public List<LoopbackConnection> carrying(String stream) {
        return connections.stream().filter(c -> c.carries(stream)).toList();
    }

    /** The open connections carrying {@code stream}. */
    public List<LoopbackConnection> openCarrying(String stream) {
        return carrying(stream).stream().filter(LoopbackConnection::isOpen).toList();
    }

    /** Pushes the candle to every open connection carrying {@code stream}; returns how many it reached. */
    public int push(String stream, TruthCandle candle, boolean closed) {
        long now = clock.getAsLong();
        return (int) openCarrying(stream).stream()
                .filter(c -> c.push(stream, candle, closed, now))
                .count();
    }

    /** Drops (TCP close, no WebSocket close) the open connections carrying {@code stream}. */
    public void drop(String stream) {
        openCarrying(stream).forEach(LoopbackConnection::drop);
    }

    /** The open connections carrying {@code stream} fall silent. */
    public void stall(String stream) {
        openCarrying(stream).forEach(LoopbackConnection::stall);
    }

    private record LifeLimit(Duration life, AtomicInteger connections) {}

    /**
     * The next {@code connections} connections carrying {@code stream} (the one open now included) are closed once
     * {@code life} old, with a WebSocket close (1001); later ones live on.
     */
    public void limitLife(String stream, Duration life, int connections) {
        lifeLimits.put(stream, new LifeLimit(life, new AtomicInteger(connections)));
    }

    /** While true, every new connection is refused with HTTP 503 before the WebSocket opens. */
    public void refuseConnections(boolean refuse) {
        refusing = refuse;
    }

    public int refusedUpgrades() {
        return refusedUpgrades.get();
    }

    /** The life limit one of {@code streams} claims for its connection, if any has one left. */
    private Optional<Duration> lifeOf(List<String> streams) {
        for (String stream : streams) {
            LifeLimit limit = lifeLimits.get(stream);
            if (limit != null && limit.connections().getAndDecrement() > 0) {
                return Optional.of(limit.life());
            }
        }
        return Optional.empty();
    }

    private void request(HttpServerRequest request) {
        Optional<LoopbackDialect> dialect = LoopbackDialect.forPath(request.path());
        if (dialect.isEmpty()) {
            request.response().setStatusCode(404).end();
            return;
        }
        if (refusing) {
            refusedUpgrades.incrementAndGet();
            request.response().setStatusCode(503).end();
            return;
        }
        request.toWebSocket().onSuccess(ws -> {
            LoopbackConnection connection = new LoopbackConnection(request.path(), ws, dialect.get(), this::lifeOf);
            connections.add(connection);
            connection.start(vertx);
        });
    }

    @Override
    public void close() {
        vertx.close()
                .toCompletionStage()
                .toCompletableFuture()
                .orTimeout(30, TimeUnit.SECONDS)
                .join();
    }
}

package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binance's combined kline streams on a Vert.x server on 127.0.0.1 ({@code ws://127.0.0.1:<port>/stream}), over the
 * candles of the simulated REST klines ({@link BinanceKlines}):
 * <ul>
 * <li>clients subscribe with {@code SUBSCRIBE} ({@link StreamConnection}: Binance's answers and limits, 5 messages a
 * second and 1024 streams per connection, past which the connection is closed) or {@code /stream?streams=a/b};</li>
 * <li>every subscribed stream gets a forming update ({@code "x":false}) every {@value #UPDATE_MS} ms, the streams
 * spread over that period in {@value #SLOTS} slots;</li>
 * <li>at each boundary of an interval, just after the candles' close time, the final frame ({@code "x":true}) of
 * every stream of that interval is sent at once, and when each was sent is recorded ({@link StreamLog}); the forming
 * updates of the new candle wait for it, as on Binance;</li>
 * <li>a ping every 20 s; a client that answers none for a minute is disconnected.</li>
 * </ul>
 */
final class BinanceStreams implements AutoCloseable {

    static final int MAX_STREAMS = 1024;
    static final int MAX_MESSAGES = 5;
    static final long UPDATE_MS = 2000;
    static final long TICK_MS = 100;
    static final int SLOTS = (int) (UPDATE_MS / TICK_MS);
    static final long PING_MS = 20_000;
    static final long PONG_TIMEOUT_MS = 60_000;

    private final Vertx vertx;
    private final BinanceKlines klines;
    private final StreamLog log = new StreamLog();
    private final Set<StreamConnection> connections = ConcurrentHashMap.newKeySet();
    /** Per interval with subscribers: the open time of the newest candle whose predecessor's final frame went out. */
    private final Map<Timeframe, Long> closedThrough = new ConcurrentHashMap<>();

    private HttpServer server;
    private long ticker = -1;
    private long pinger = -1;
    private long ticks;
    private volatile boolean stopped;

    BinanceStreams(Vertx vertx, BinanceKlines klines) {
        this.vertx = vertx;
        this.klines = klines;
    }

    /** Starts listening on 127.0.0.1 (port 0: any free port) and returns the port. */
    int start(int port) {
        server = vertx.createHttpServer(new HttpServerOptions()
                        .setHost("127.0.0.1")
                        .setPort(port)
                        .setTcpNoDelay(true)
                        .setIdleTimeout(0)
                        .setMaxWebSocketFrameSize(1 << 20)
                        .setMaxWebSocketMessageSize(1 << 20))
                .requestHandler(this::handle);
        int actual = LoopbackServer.await(server.listen()).actualPort();
        ticker = vertx.setPeriodic(TICK_MS, id -> tick());
        pinger = vertx.setPeriodic(PING_MS, id -> connections.forEach(c -> c.ping(System.currentTimeMillis())));
        return actual;
    }

    /** The base a client opens {@code /stream} on, e.g. {@code ws://127.0.0.1:40123}. */
    String baseUrl() {
        return "ws://127.0.0.1:" + server.actualPort();
    }

    private void handle(HttpServerRequest request) {
        if (!"/stream".equals(request.path())) {
            request.response().setStatusCode(404).end();
            return;
        }
        String named = request.getParam("streams");
        List<String> initial = named == null || named.isBlank()
                ? List.of()
                : Arrays.stream(named.split("/")).filter(s -> !s.isBlank()).toList();
        request.toWebSocket().onSuccess(socket -> {
            log.connections.incrementAndGet();
            StreamConnection connection = new StreamConnection(socket, this);
            connections.add(connection);
            connection.start(initial);
        });
    }

    StreamLog log() {
        return log;
    }

    BinanceKlines klines() {
        return klines;
    }

    boolean lists(MarketSymbol symbol) {
        return klines.lists(symbol);
    }

    void removed(StreamConnection connection) {
        connections.remove(connection);
    }

    /** Streams subscribed over all connections now. */
    int subscribedStreams() {
        return connections.stream().mapToInt(c -> c.subscribedNames().size()).sum();
    }

    int openConnections() {
        return connections.size();
    }

    /** A stream of this interval was subscribed: its boundaries are pushed from now on. */
    void interval(Timeframe timeframe) {
        closedThrough.computeIfAbsent(timeframe, tf -> {
            long step = tf.millis();
            long open = Math.floorDiv(System.currentTimeMillis(), step) * step;
            armBoundary(tf, open + step);
            return open;
        });
    }

    /** Whether forming updates of the candle opening at {@code openMs} may go: its predecessor's final frame did. */
    boolean formingMayGo(Timeframe timeframe, long openMs) {
        Long through = closedThrough.get(timeframe);
        return through != null && openMs <= through;
    }

    private void tick() {
        long now = System.currentTimeMillis();
        int slot = (int) (ticks++ % SLOTS);
        connections.forEach(c -> c.sendForming(slot, now));
    }

    private void armBoundary(Timeframe timeframe, long boundaryMs) {
        if (stopped) {
            return;
        }
        long delay = Math.max(1, boundaryMs - System.currentTimeMillis() + 1);
        vertx.setTimer(delay, id -> {
            pushClosed(timeframe, boundaryMs);
            armBoundary(timeframe, boundaryMs + timeframe.millis());
        });
    }

    /** Pushes the final frames of the candles of {@code timeframe} that close at {@code boundaryMs} (a boundary). */
    void pushClosed(Timeframe timeframe, long boundaryMs) {
        long open = boundaryMs - timeframe.millis();
        long[] firstLast = new long[2];
        int frames = 0;
        for (StreamConnection c : connections) {
            frames += c.sendClosed(timeframe, open, firstLast);
        }
        if (frames > 0) {
            log.batch(new StreamLog.Batch(timeframe.label(), open, frames, firstLast[0], firstLast[1]));
        }
        closedThrough.merge(timeframe, boundaryMs, Math::max);
    }

    /** Clears the log (counters and send times); connections and subscriptions stay. */
    void reset() {
        log.reset();
    }

    @Override
    public void close() {
        stopped = true;
        vertx.cancelTimer(ticker);
        vertx.cancelTimer(pinger);
        connections.forEach(c -> c.disconnect("simulator stopped"));
        if (server != null) {
            LoopbackServer.await(server.close());
        }
    }
}

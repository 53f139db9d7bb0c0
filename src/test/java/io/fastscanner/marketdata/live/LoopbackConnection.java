package io.fastscanner.marketdata.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.impl.WebSocketInternal;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * One client connection of the {@link LoopbackStreamServer}: it answers the client's frames in its exchange's
 * dialect, keeps the streams subscribed, sends a sign of life every {@value #TICK_MS} ms (as an exchange's pushes
 * would), and does what the test tells it: push candles, drop, stall (fall silent), or end at its life limit.
 */
public final class LoopbackConnection {

    static final long TICK_MS = 250;

    private final String path;
    private final ServerWebSocket ws;
    private final LoopbackDialect dialect;
    private final Function<List<String>, Optional<Duration>> lifeLimits;
    private final long openedNanos = System.nanoTime();
    private final Set<String> streams = new LinkedHashSet<>();
    private volatile boolean open = true;
    private volatile boolean stalled;
    private volatile String ending;
    /** The life the server gave this connection, once one of its streams claimed a limit. */
    private Duration life;

    LoopbackConnection(
            String path,
            ServerWebSocket ws,
            LoopbackDialect dialect,
            Function<List<String>, Optional<Duration>> lifeLimits) {
        this.path = path;
        this.ws = ws;
        this.dialect = dialect;
        this.lifeLimits = lifeLimits;
    }

    void start(Vertx vertx) {
        long timer = vertx.setPeriodic(TICK_MS, t -> tick());
        ws.closeHandler(v -> {
            open = false;
            vertx.cancelTimer(timer);
        });
        ws.exceptionHandler(failure -> {});
        ws.textMessageHandler(this::onText);
    }

    /** The exchange path the client opened, e.g. {@code /stream}. */
    public String path() {
        return path;
    }

    public synchronized List<String> streams() {
        return List.copyOf(streams);
    }

    public synchronized boolean carries(String stream) {
        return streams.contains(stream);
    }

    public boolean isOpen() {
        return open;
    }

    /** Why the server ended the connection ({@code dropped}, {@code too many streams}, {@code life limit}), or null. */
    public String ending() {
        return ending;
    }

    boolean push(String stream, TruthCandle candle, boolean closed, long eventTimeMs) {
        if (!open || stalled || !carries(stream)) {
            return false;
        }
        ws.writeTextMessage(dialect.kline(stream, candle, closed, eventTimeMs));
        return true;
    }

    /** Closes the TCP connection without a WebSocket close: what a lost network looks like to the client. */
    void drop() {
        ending = "dropped";
        open = false;
        // below the pipeline, which would send a WebSocket close first
        var channel = ((WebSocketInternal) ws).channelHandlerContext().channel();
        channel.eventLoop().execute(() -> channel.unsafe().closeForcibly());
    }

    /** From now on nothing is sent and nothing answered: the connection stays open but silent. */
    void stall() {
        stalled = true;
    }

    private void onText(String frame) {
        if (!open || stalled) {
            return;
        }
        LoopbackDialect.Reply reply = dialect.answer(frame);
        int count;
        synchronized (this) {
            streams.addAll(reply.subscribed());
            count = streams.size();
        }
        if (count > dialect.maxStreams()) {
            end("too many streams", (short) 1008);
            return;
        }
        reply.answers().forEach(ws::writeTextMessage);
    }

    private void tick() {
        if (!open || stalled) {
            return;
        }
        if (life == null) {
            life = lifeLimits.apply(streams()).orElse(null);
        }
        if (life != null && System.nanoTime() - openedNanos >= life.toNanos()) {
            end("life limit", (short) 1001);
            return;
        }
        ws.writeTextMessage(dialect.keepAlive());
    }

    private void end(String why, short code) {
        ending = why;
        ws.close(code, why);
    }
}

package io.fastscanner.bench;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One client of the kline stream simulator, held to Binance's rules: at most {@value BinanceStreams#MAX_MESSAGES}
 * messages (JSON requests and pongs) in any second and {@value BinanceStreams#MAX_STREAMS} streams, or the
 * connection is closed. Answers {@code SUBSCRIBE}, {@code UNSUBSCRIBE} and {@code LIST_SUBSCRIPTIONS} as Binance
 * does. Each stream gets a slot of the update period, so its forming updates are spread over it.
 */
final class StreamConnection {

    private record Subscription(KlineFrames.Stream stream, int slot) {}

    private final ServerWebSocket socket;
    private final BinanceStreams server;
    private final StreamLog log;
    private final Map<String, Subscription> streams = new LinkedHashMap<>();
    private final MessageRate rate = new MessageRate(BinanceStreams.MAX_MESSAGES);
    private int nextSlot;
    private volatile boolean closed;
    private volatile long lastPongMs = System.currentTimeMillis();

    StreamConnection(ServerWebSocket socket, BinanceStreams server) {
        this.socket = socket;
        this.server = server;
        this.log = server.log();
    }

    /** Starts reading; {@code initial}: the streams named in the URL ({@code /stream?streams=a/b}). */
    void start(List<String> initial) {
        socket.textMessageHandler(this::onText);
        socket.pongHandler(b -> {
            lastPongMs = System.currentTimeMillis();
            log.pongs.incrementAndGet();
            if (!withinRate()) {
                disconnect("more than " + BinanceStreams.MAX_MESSAGES + " messages in a second");
            }
        });
        socket.closeHandler(v -> {
            closed = true;
            server.removed(this);
        });
        if (!initial.isEmpty() && !subscribe(initial)) {
            disconnect("more than " + BinanceStreams.MAX_STREAMS + " streams");
        }
    }

    private void onText(String text) {
        log.messages.incrementAndGet();
        if (!withinRate()) {
            disconnect("more than " + BinanceStreams.MAX_MESSAGES + " messages in a second");
            return;
        }
        StreamRequests.Request request = StreamRequests.read(text);
        if (request.invalid() != null) {
            reply(request.invalid());
            return;
        }
        switch (request.method()) {
            case "SUBSCRIBE" -> {
                log.subscribeMessages.incrementAndGet();
                if (!subscribe(request.params())) {
                    disconnect("more than " + BinanceStreams.MAX_STREAMS + " streams");
                    return;
                }
                reply(StreamRequests.result(request.id(), null));
            }
            case "UNSUBSCRIBE" -> {
                synchronized (this) {
                    request.params().forEach(streams::remove);
                }
                reply(StreamRequests.result(request.id(), null));
            }
            case "LIST_SUBSCRIPTIONS" -> reply(StreamRequests.result(request.id(), subscribedNames()));
            default ->
                reply(StreamRequests.error(
                        2, "Invalid request: unknown method '" + request.method() + "'", request.id()));
        }
    }

    /** Adds the well-formed names of listed symbols (others are accepted and stay silent); false past the limit. */
    private boolean subscribe(List<String> names) {
        List<Timeframe> intervals = new ArrayList<>();
        synchronized (this) {
            for (String name : names) {
                if (streams.containsKey(name)) {
                    continue;
                }
                if (streams.size() >= BinanceStreams.MAX_STREAMS) {
                    return false;
                }
                Optional<KlineFrames.Stream> stream = KlineFrames.parse(name).filter(s -> server.lists(s.symbol()));
                streams.put(name, new Subscription(stream.orElse(null), nextSlot++ % BinanceStreams.SLOTS));
                stream.ifPresent(s -> intervals.add(s.timeframe()));
            }
            log.streamsOnConnection(streams.size());
        }
        intervals.forEach(server::interval);
        return true;
    }

    synchronized List<String> subscribedNames() {
        return List.copyOf(streams.keySet());
    }

    private synchronized List<KlineFrames.Stream> streams(int slot, Timeframe timeframe) {
        List<KlineFrames.Stream> out = new ArrayList<>();
        for (Subscription s : streams.values()) {
            if (s.stream() != null
                    && (slot < 0 || s.slot() == slot)
                    && (timeframe == null || s.stream().timeframe() == timeframe)) {
                out.add(s.stream());
            }
        }
        return out;
    }

    /** The forming update of this slot's streams, except where the previous candle's final frame is still due. */
    void sendForming(int slot, long nowMs) {
        for (KlineFrames.Stream s : streams(slot, null)) {
            long step = s.timeframe().millis();
            if (closed || !server.formingMayGo(s.timeframe(), Math.floorDiv(nowMs, step) * step)) {
                continue;
            }
            Candle forming = server.klines().forming(s.symbol(), s.timeframe(), nowMs);
            socket.writeTextMessage(KlineFrames.frame(s, forming, false, nowMs));
            log.formingFrames.incrementAndGet();
        }
    }

    /** The final frame of the candle opening at {@code openMs} on every stream of that interval; returns how many. */
    int sendClosed(Timeframe timeframe, long openMs, long[] firstLastMicros) {
        int sent = 0;
        for (KlineFrames.Stream s : streams(-1, timeframe)) {
            if (closed) {
                break;
            }
            String frame = KlineFrames.frame(
                    s, server.klines().complete(s.symbol(), timeframe, openMs), true, System.currentTimeMillis());
            long micros = SseClients.nowMicros();
            socket.writeTextMessage(frame);
            log.closedSent(s.name(), openMs, micros);
            firstLastMicros[0] = firstLastMicros[0] == 0 ? micros : Math.min(firstLastMicros[0], micros);
            firstLastMicros[1] = Math.max(firstLastMicros[1], micros);
            sent++;
        }
        return sent;
    }

    /** Binance's ping; a client that has not answered one for a minute is disconnected. */
    void ping(long nowMs) {
        if (nowMs - lastPongMs > BinanceStreams.PONG_TIMEOUT_MS) {
            disconnect("no pong for a minute");
        } else if (!closed) {
            socket.writePing(Buffer.buffer("ping"));
        }
    }

    private boolean withinRate() {
        int count = rate.count(System.currentTimeMillis());
        log.messagesInLastSecond(count);
        return !rate.exceededBy(count);
    }

    private void reply(String text) {
        if (!closed) {
            socket.writeTextMessage(text);
        }
    }

    void disconnect(String reason) {
        if (!closed) {
            closed = true;
            log.disconnected(reason);
            socket.close((short) 1008, reason);
        }
    }
}

package io.fastscanner.marketdata.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * One WebSocket connection to an exchange carrying up to {@link StreamProtocol#maxStreamsPerConnection()} kline
 * streams. Subscriptions and pings are paced to the exchange's messages-per-second limit; a connection that goes
 * quiet for {@code stallAfter} is dropped; every loss is followed by a reconnection with exponential backoff and
 * jitter; a connection is renewed before the exchange's maximum connection life. All state changes run on the
 * connection's Vert.x context.
 */
final class StreamConnection {

    private static final Logger LOG = Logger.getLogger(StreamConnection.class);

    /** What the connection tells the streams it carries. */
    interface Listener {
        /** The connection is open and its streams are being subscribed: their series must be reloaded. */
        void opened(StreamConnection connection);

        /** The connection was lost: its series can no longer be trusted. */
        void lost(StreamConnection connection, String reason);

        void received(StreamMessage.Klines klines);
    }

    /** How the connection behaves, from {@link LiveConfig} and the protocol. */
    record Settings(Duration stallAfter, Duration reconnectMin, Duration reconnectMax, Duration life) {}

    private final String id;
    private final Vertx vertx;
    private final WebSocketClient client;
    private final StreamProtocol protocol;
    private final URI url;
    private final Settings settings;
    private final Clock clock;
    private final Listener listener;
    private final int capacity;
    private final Set<String> streams = new LinkedHashSet<>();
    private final ArrayDeque<String> outgoing = new ArrayDeque<>();
    private final List<Long> timers = new CopyOnWriteArrayList<>();

    private volatile WebSocket socket;
    private volatile String state = "connecting";
    private volatile Instant lastMessage;
    private volatile Long lagMs;
    private volatile String reason;
    /** Why this side is closing the socket (stalled, renewing), or null when the exchange or the network closed it. */
    private volatile String closingBecause;

    private volatile int reconnects;
    private volatile int repairing;
    private volatile long lastReceivedMs;
    private int failedAttempts;
    private boolean sending;
    private boolean stopped;

    StreamConnection(
            String id,
            Vertx vertx,
            WebSocketClient client,
            StreamProtocol protocol,
            URI url,
            int capacity,
            Settings settings,
            Clock clock,
            Listener listener) {
        this.id = id;
        this.vertx = vertx;
        this.client = client;
        this.protocol = protocol;
        this.url = url;
        this.capacity = capacity;
        this.settings = settings;
        this.clock = clock;
        this.listener = listener;
    }

    String id() {
        return id;
    }

    /** How many more streams this connection can carry. */
    synchronized int room() {
        return capacity - streams.size();
    }

    synchronized List<String> streams() {
        return List.copyOf(streams);
    }

    /** Adds streams: subscribed now when connected, else when the connection opens. */
    synchronized void add(List<String> names) {
        List<String> added = new ArrayList<>();
        for (String name : names) {
            if (streams.size() < capacity && streams.add(name)) {
                added.add(name);
            }
        }
        if (socket != null && !added.isEmpty()) {
            send(protocol.subscribeMessages(added));
        }
    }

    void start() {
        timers.add(vertx.setPeriodic(Math.max(1000, settings.stallAfter().toMillis() / 3), t -> checkStall()));
        protocol.pingMessage()
                .ifPresent(ping ->
                        timers.add(vertx.setPeriodic(protocol.pingInterval().toMillis(), t -> {
                            if (socket != null) {
                                send(List.of(ping));
                            }
                        })));
        connect();
    }

    synchronized void stop() {
        stopped = true;
        state = "stopped";
        timers.forEach(vertx::cancelTimer);
        if (socket != null) {
            socket.close();
        }
    }

    /** How many of this connection's series are being reloaded; set by the streams that own them. */
    void repairing(int count) {
        repairing = count;
    }

    StreamHealth health() {
        WebSocket open = socket;
        return new StreamHealth(
                id,
                url.toString(),
                state,
                open != null,
                streamCount(),
                repairing,
                lastMessage,
                lagMs,
                reconnects,
                reason);
    }

    private synchronized int streamCount() {
        return streams.size();
    }

    private void connect() {
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost(url.getHost())
                .setPort(port())
                .setSsl(secure())
                .setURI(protocol.path());
        client.connect(options).onSuccess(this::opened).onFailure(failure -> lost("connect failed: " + failure));
    }

    private boolean secure() {
        return "wss".equalsIgnoreCase(url.getScheme());
    }

    private int port() {
        return url.getPort() > 0 ? url.getPort() : secure() ? 443 : 80;
    }

    private void opened(WebSocket ws) {
        synchronized (this) {
            if (stopped) {
                ws.close();
                return;
            }
            socket = ws;
            state = "live";
            lastReceivedMs = clock.millis();
        }
        ws.textMessageHandler(this::onText);
        ws.closeHandler(v -> lost(closedReason(ws)));
        ws.exceptionHandler(failure -> LOG.debugf("%s: %s", id, failure));
        listener.opened(this);
        List<String> names = streams();
        if (!names.isEmpty()) {
            send(protocol.subscribeMessages(names));
        }
        long renewIn = settings.life().toMillis();
        timers.add(vertx.setTimer(renewIn, t -> {
            if (socket == ws) {
                closingBecause = "renewed after " + settings.life();
                ws.close((short) 1000, "renewing");
            }
        }));
    }

    private static String closedReason(WebSocket ws) {
        Short code = ws.closeStatusCode();
        return code == null ? "closed" : "closed by the exchange (" + code + " " + ws.closeReason() + ")";
    }

    private void onText(String text) {
        long now = clock.millis();
        lastReceivedMs = now;
        lastMessage = Instant.ofEpochMilli(now);
        if (failedAttempts > 0) {
            failedAttempts = 0;
        }
        StreamMessage message = protocol.read(text);
        if (message instanceof StreamMessage.Klines klines) {
            List<KlineUpdate> updates = klines.updates();
            if (!updates.isEmpty() && updates.get(updates.size() - 1).eventTimeMs() > 0) {
                lagMs = now - updates.get(updates.size() - 1).eventTimeMs();
            }
            listener.received(klines);
        } else if (message instanceof StreamMessage.Refused refused) {
            reason = "refused: " + refused.reason();
            LOG.warnf("%s: the exchange refused: %s", id, refused.reason());
        }
    }

    private void checkStall() {
        WebSocket ws = socket;
        if (ws != null
                && clock.millis() - lastReceivedMs > settings.stallAfter().toMillis()) {
            closingBecause =
                    "stalled: nothing received for " + settings.stallAfter().toSeconds() + " s";
            LOG.warnf("%s: %s, reconnecting", id, closingBecause);
            ws.close((short) 1000, "stalled");
        }
    }

    private void lost(String why) {
        boolean renewal;
        synchronized (this) {
            socket = null;
            outgoing.clear();
            if (stopped) {
                return;
            }
            String ours = closingBecause;
            closingBecause = null;
            renewal = ours != null && ours.startsWith("renewed");
            reason = ours != null ? ours : why;
            state = "reconnecting";
            reconnects++;
        }
        listener.lost(this, reason);
        long delay = renewal ? 0 : backoff();
        LOG.infof("%s: %s; reconnecting in %d ms", id, reason, delay);
        if (delay == 0) {
            connect();
        } else {
            vertx.setTimer(delay, t -> connect());
        }
    }

    /** Exponential from {@code reconnectMin} to {@code reconnectMax}, with jitter in its upper half. */
    private long backoff() {
        long min = settings.reconnectMin().toMillis();
        long max = settings.reconnectMax().toMillis();
        long base = Math.min(max, min << Math.min(20, failedAttempts++));
        return base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    }

    /** Queues frames, sent no faster than the exchange's messages-per-second limit. */
    private synchronized void send(List<String> frames) {
        outgoing.addAll(frames);
        if (!sending) {
            sending = true;
            sendNext();
        }
    }

    private synchronized void sendNext() {
        WebSocket ws = socket;
        String frame = outgoing.poll();
        if (ws == null || frame == null) {
            sending = false;
            return;
        }
        ws.writeTextMessage(frame);
        vertx.setTimer(1000L / Math.max(1, protocol.maxMessagesPerSecond()) + 1, t -> sendNext());
    }
}

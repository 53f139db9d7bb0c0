package io.fastscanner.marketdata.live;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The frames one connection sends (subscriptions, pings), no faster than the exchange's messages-per-second limit:
 * Binance closes a connection that sends more than 5 a second, and bans an IP that keeps doing it.
 */
final class PacedFrames {

    private final Vertx vertx;
    private final long gapMs;
    private final ArrayDeque<String> waiting = new ArrayDeque<>();
    private WebSocket socket;
    private boolean sending;

    PacedFrames(Vertx vertx, int perSecond) {
        this.vertx = vertx;
        this.gapMs = 1000L / Math.max(1, perSecond) + 1;
    }

    /** Frames are sent on this socket from now on; null drops what waits (the connection is gone). */
    synchronized void useSocket(WebSocket ws) {
        socket = ws;
        if (ws == null) {
            waiting.clear();
        }
    }

    synchronized void send(List<String> frames) {
        waiting.addAll(frames);
        if (!sending) {
            sending = true;
            sendNext();
        }
    }

    private synchronized void sendNext() {
        String frame = socket == null ? null : waiting.poll();
        if (frame == null) {
            sending = false;
            return;
        }
        socket.writeTextMessage(frame);
        vertx.setTimer(gapMs, t -> sendNext());
    }
}

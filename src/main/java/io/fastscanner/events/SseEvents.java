package io.fastscanner.events;

import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.Instant;

/** Builds the SSE frames: bus events with their id and name, and the stream's own control events. */
final class SseEvents {

    static final String CONNECTED = "connected";
    static final String RESYNC = "resync";
    static final String ERROR = "error";

    private final Sse sse;

    SseEvents(Sse sse) {
        this.sse = sse;
    }

    OutboundSseEvent of(ScanEvent event) {
        return sse.newEventBuilder().id(Long.toString(event.id())).name(event.name()).data(String.class, event.json())
                .build();
    }

    /** First frame of every connection; it has no id, so it does not move the client's Last-Event-ID. */
    OutboundSseEvent connected(Duration retry, Long lastEventId, long newestId, Instant now) {
        return sse.newEventBuilder().name(CONNECTED).reconnectDelay(retry.toMillis()).data(String.class,
                "{\"lastEventId\":" + lastEventId + ",\"newestEventId\":" + newestId + ",\"timestamp\":\"" + now
                        + "\"}").build();
    }

    /** Sent instead of the missed events when they are no longer in the replay buffer. */
    OutboundSseEvent resync(long newestId) {
        return sse.newEventBuilder().name(RESYNC).data(String.class,
                "{\"reason\":\"missed events are no longer in the replay buffer\",\"reload\":\"/api/scanner/results\","
                        + "\"newestEventId\":" + newestId + "}").build();
    }

    OutboundSseEvent heartbeat() {
        return sse.newEventBuilder().comment("heartbeat").build();
    }

    OutboundSseEvent overflow(int capacity) {
        return sse.newEventBuilder().name(ERROR).data(String.class, "{\"code\":\"SLOW_CONSUMER\",\"message\":"
                + "\"more than " + capacity + " events were waiting for this client; reconnect with Last-Event-ID\"}")
                .build();
    }
}

package io.fastscanner.events;

import io.fastscanner.time.TimeId;
import java.time.Duration;
import java.time.Instant;

/**
 * The stream's frames, as this service has always written them: {@code field:value} lines (no space after the
 * colon), {@code id} before {@code event} before {@code retry}, one {@code data:} line per line of data, then a blank
 * line.
 */
final class SseFrames {

    static final SseFrame HEARTBEAT = SseFrame.of(":heartbeat\n\n");

    private SseFrames() {}

    static SseFrame event(ScanEvent event) {
        return encode(event.id().toString(), event.name(), null, event.json());
    }

    /** First frame of every connection; it has no id, so it does not move the client's Last-Event-ID. */
    static SseFrame connected(Duration retry, TimeId lastEventId, TimeId newestId, Instant now) {
        return encode(
                null,
                EventName.CONNECTED,
                retry.toMillis(),
                "{\"lastEventId\":" + quoted(lastEventId) + ",\"newestEventId\":" + quoted(newestId)
                        + ",\"timestamp\":\"" + now + "\"}");
    }

    /** Sent instead of the missed events when they cannot all be replayed; the client reloads the results. */
    static SseFrame resync(Resync why, TimeId newestId) {
        return encode(
                null,
                EventName.RESYNC,
                null,
                "{\"reason\":\"" + why.code() + "\",\"message\":\"" + why.message()
                        + "\",\"reload\":\"/api/scanner/results\",\"newestEventId\":" + quoted(newestId) + "}");
    }

    /** An id as a JSON string, or null. */
    private static String quoted(TimeId id) {
        return id == null ? "null" : "\"" + id + "\"";
    }

    /**
     * The last frame of every stream when the service shuts down: when to reconnect (also as the {@code retry:} hint)
     * and the newest id, to resume from, on this service once it is back or on another instance.
     */
    static SseFrame shutdown(Duration retry, TimeId newestId) {
        return encode(
                null,
                EventName.SHUTDOWN,
                retry.toMillis(),
                "{\"reason\":\"the service is shutting down\",\"retry\":" + retry.toMillis() + ",\"newestEventId\":"
                        + quoted(newestId) + "}");
    }

    static SseFrame slowConsumer(int capacity) {
        return encode(
                null,
                EventName.ERROR,
                null,
                "{\"code\":\"SLOW_CONSUMER\",\"message\":\"more than " + capacity
                        + " events were waiting for this client; reconnect with Last-Event-ID\"}");
    }

    private static SseFrame encode(String id, EventName name, Long retryMillis, String data) {
        StringBuilder frame = new StringBuilder(data.length() + 64);
        if (id != null) {
            frame.append("id:").append(id).append('\n');
        }
        frame.append("event:").append(name.wire()).append('\n');
        if (retryMillis != null) {
            frame.append("retry:").append(retryMillis).append('\n');
        }
        if (data.indexOf('\n') < 0 && data.indexOf('\r') < 0) {
            frame.append("data:").append(data).append('\n');
        } else {
            // A line break inside data would end the field: each line gets its own data: field.
            for (String line : data.split("\r\n|\r|\n", -1)) {
                frame.append("data:").append(line).append('\n');
            }
        }
        return SseFrame.of(frame.append('\n').toString());
    }
}

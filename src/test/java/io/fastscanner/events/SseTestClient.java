package io.fastscanner.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.testing.Waits;
import io.fastscanner.time.TimeId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A real Server-Sent Events connection for tests: it reads the stream on its own thread, parses the frames
 * ({@code id:}, {@code event:}, {@code data:}, {@code retry:} and {@code :} comments) and keeps them in order.
 * Every wait is bounded (Awaitility, {@link Waits}).
 */
public final class SseTestClient implements AutoCloseable {

    /** Bound of the HTTP exchange that opens the stream, and of a socket read in tests that read raw bytes. */
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One dispatched frame; {@code id} and {@code retry} are null when the frame had none. */
    public record Frame(String id, String name, String data, Long retry) {

        TimeId timeId() {
            return TimeId.parse(id).orElseThrow();
        }

        public JsonNode json() {
            try {
                return JSON.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String scanId() {
            JsonNode scanId = json().get("scanId");
            return scanId == null || scanId.isNull() ? null : scanId.asText();
        }
    }

    private final HttpResponse<Stream<String>> response;
    private final List<Frame> frames = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final Thread reader;
    private volatile boolean ended;

    private SseTestClient(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = new Thread(this::read, "sse-test-client");
        reader.setDaemon(true);
        reader.start();
    }

    static SseTestClient open(URI uri, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        try {
            return new SseTestClient(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofLines()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the stream and waits for its {@code connected} event, after which nothing published can be missed. */
    static SseTestClient connect(URI uri, Map<String, String> headers) {
        SseTestClient client = open(uri, headers);
        if (client.response.statusCode() == 200) {
            client.awaitEvent(EventName.CONNECTED.wire());
        }
        return client;
    }

    public static SseTestClient connect(URI uri) {
        return connect(uri, Map.of());
    }

    private void read() {
        String id = null;
        String name = null;
        Long retry = null;
        StringBuilder data = null;
        try (Stream<String> lines = response.body()) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.isEmpty()) {
                    if (data != null || name != null || id != null) {
                        frames.add(new Frame(
                                id, name == null ? "message" : name, data == null ? "" : data.toString(), retry));
                    }
                    id = null;
                    name = null;
                    retry = null;
                    data = null;
                    continue;
                }
                if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                if (value.startsWith(" ")) {
                    value = value.substring(1);
                }
                switch (field) {
                    case "id" -> id = value;
                    case "event" -> name = value;
                    case "retry" -> retry = Long.parseLong(value);
                    case "data" ->
                        data = data == null
                                ? new StringBuilder(value)
                                : data.append('\n').append(value);
                    default -> {}
                }
            }
        } catch (RuntimeException e) {
            // the connection was closed by either side
        } finally {
            ended = true;
        }
    }

    HttpResponse<Stream<String>> response() {
        return response;
    }

    public List<Frame> frames() {
        return new ArrayList<>(frames);
    }

    List<String> comments() {
        return new ArrayList<>(comments);
    }

    /** Frames with an id (the bus events, not the stream's own control events). */
    List<Frame> events() {
        return frames.stream().filter(f -> f.id() != null).toList();
    }

    /** The events of one scan, from its {@code scanStarted} on. */
    List<Frame> eventsOf(String scanId) {
        return events().stream().filter(f -> scanId.equals(f.scanId())).toList();
    }

    boolean ended() {
        return ended;
    }

    Frame awaitEvent(String name) {
        return await(f -> name.equals(f.name()), "event " + name);
    }

    Frame awaitEvent(String name, String scanId) {
        return await(
                f -> name.equals(f.name()) && f.id() != null && scanId.equals(f.scanId()),
                "event " + name + " of scan " + scanId);
    }

    /** Waits for the first frame matching {@code predicate}; fails after {@link Waits#AT_MOST}. */
    public Frame await(Predicate<Frame> predicate, String what) {
        Frame[] found = new Frame[1];
        waitUntil(
                () -> {
                    for (Frame f : frames) {
                        if (predicate.test(f)) {
                            found[0] = f;
                            return true;
                        }
                    }
                    return false;
                },
                what);
        return found[0];
    }

    void awaitCount(Predicate<Frame> predicate, int count, String what) {
        waitUntil(() -> frames.stream().filter(predicate).count() >= count, count + " x " + what);
    }

    void awaitComment(String comment) {
        waitUntil(() -> comments.contains(comment), "comment " + comment);
    }

    void awaitEnd() {
        waitUntil(() -> ended, "end of the stream");
    }

    /** Waits (Awaitility, at most {@link Waits#AT_MOST}) until {@code condition} holds; a timeout names {@code what}. */
    static void waitUntil(BooleanSupplier condition, String what) {
        Waits.await(what).until(condition::getAsBoolean);
    }

    @Override
    public void close() {
        response.body().close();
    }
}

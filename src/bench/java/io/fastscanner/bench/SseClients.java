package io.fastscanner.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Non-blocking Server-Sent Events clients on one Vert.x {@link HttpClient}: many connections to the service's
 * event stream, each parsed incrementally. Only what the benchmark needs is decoded: the event's id and name and
 * the {@code scanId} and {@code timestamp} at the start of its JSON data (the service writes them first).
 */
public final class SseClients implements AutoCloseable {

    /** Receives every event of every client. Called on a Vert.x event loop: keep it short and thread-safe. */
    public interface Listener {
        void onEvent(int client, long id, String name, String scanId, Instant timestamp, long receivedMicros,
                String dataStart);
    }

    private final HttpClient http;
    private final String host;
    private final int port;
    private final List<io.vertx.core.http.HttpClientResponse> responses = new ArrayList<>();

    public SseClients(Vertx vertx, String host, int port, int connections) {
        this.host = host;
        this.port = port;
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setIdleTimeout(0)
                .setTcpNoDelay(true).setConnectTimeout(30_000),
                new PoolOptions().setHttp1MaxSize(connections + 8).setMaxWaitQueueSize(-1));
    }

    /** Opens one connection; completes when the response headers arrived (status 200), or fails. */
    public CompletableFuture<Void> open(int client, Listener listener) {
        Parser parser = new Parser(client, listener);
        Future<Void> opened = http.request(HttpMethod.GET, port, host, "/api/scanner/events")
                .compose(request -> request.putHeader("Accept", "text/event-stream").send())
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("events stream answered " + response.statusCode());
                    }
                    synchronized (responses) {
                        responses.add(response);
                    }
                    response.handler(parser::feed);
                    return null;
                });
        return opened.toCompletionStage().toCompletableFuture();
    }

    @Override
    public void close() {
        try {
            http.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing at the end of a run: nothing to do about it
        }
    }

    static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    /** Incremental SSE parser of one connection (events are separated by a blank line). */
    static final class Parser {
        private final int client;
        private final Listener listener;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        private boolean lineTooLong;
        private long id = -1;
        private String name;
        private String scanId;
        private Instant timestamp;
        private boolean dataSeen;
        private long receivedMicros;
        private String dataStart;

        Parser(int client, Listener listener) {
            this.client = client;
            this.listener = listener;
        }

        void feed(Buffer buffer) {
            long received = nowMicros();
            byte[] bytes = buffer.getBytes();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    append(bytes, start, i - start);
                    line(received);
                    start = i + 1;
                }
            }
            append(bytes, start, bytes.length - start);
        }

        /** Only the first 512 bytes of a line are kept: the fields we read are at its start. */
        private void append(byte[] bytes, int from, int length) {
            int room = 512 - line.size();
            if (room > 0) {
                line.write(bytes, from, Math.min(room, length));
            }
        }

        private void line(long received) {
            byte[] b = line.toByteArray();
            line.reset();
            int n = b.length;
            if (n > 0 && b[n - 1] == '\r') {
                n--;
            }
            if (n == 0) {
                if (name != null && dataSeen) {
                    listener.onEvent(client, id, name, scanId, timestamp, receivedMicros, dataStart);
                }
                id = -1;
                name = null;
                scanId = null;
                timestamp = null;
                dataStart = null;
                dataSeen = false;
                return;
            }
            String text = new String(b, 0, n, StandardCharsets.UTF_8);
            if (text.startsWith("id:")) {
                id = Long.parseLong(text.substring(3).trim());
            } else if (text.startsWith("event:")) {
                name = text.substring(6).trim();
            } else if (text.startsWith("data:") && !dataSeen) {
                dataSeen = true;
                receivedMicros = received;
                dataStart = text.substring(5).trim();
                scanId = stringField(text, "\"scanId\":\"");
                timestamp = timestampField(text);
            }
        }

        private static String stringField(String text, String key) {
            int at = text.indexOf(key);
            if (at < 0) {
                return null;
            }
            int from = at + key.length();
            int to = text.indexOf('"', from);
            return to < 0 ? null : text.substring(from, to);
        }

        private static Instant timestampField(String text) {
            String iso = stringField(text, "\"timestamp\":\"");
            if (iso != null) {
                try {
                    return Instant.parse(iso);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
            int at = text.indexOf("\"timestamp\":");
            if (at < 0) {
                return null;
            }
            int from = at + 12;
            int to = from;
            while (to < text.length() && (Character.isDigit(text.charAt(to)) || text.charAt(to) == '.')) {
                to++;
            }
            try {
                double seconds = Double.parseDouble(text.substring(from, to));
                long whole = (long) seconds;
                return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1e9));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

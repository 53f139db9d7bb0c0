package io.fastscanner.bench;

import io.netty.buffer.ByteBuf;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Non-blocking Server-Sent Events clients on one Vert.x {@link HttpClient}: many connections to the service's
 * event stream, each parsed incrementally. A thousand clients reading the same stream on the machine that runs the
 * service must cost little, or the harness measures itself: the parser reads the bytes where they are and keeps
 * at most the first {@value SseLine#KEEP} bytes of a line (the event's id and name, and the {@code scanId} and
 * {@code timestamp} the service writes first in its JSON data).
 */
public final class SseClients implements AutoCloseable {

    /** Receives every event of every client. Called on a Vert.x event loop: keep it short and thread-safe. */
    public interface Listener {
        /** {@code event} is only valid during the call. */
        void onEvent(int client, SseEvent event);
    }

    private final HttpClient http;
    private final String host;
    private final int port;

    public SseClients(Vertx vertx, String host, int port, int connections) {
        this.host = host;
        this.port = port;
        this.http = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setIdleTimeout(0)
                        .setTcpNoDelay(true)
                        .setConnectTimeout(30_000),
                new PoolOptions().setHttp1MaxSize(connections + 8).setMaxWaitQueueSize(-1));
    }

    /** Opens one connection; completes when the response headers arrived (status 200), or fails. */
    public CompletableFuture<Void> open(int client, Listener listener) {
        Parser parser = new Parser(client, listener);
        Future<Void> opened = http.request(HttpMethod.GET, port, host, "/api/scanner/events")
                .compose(request ->
                        request.putHeader("Accept", "text/event-stream").send())
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("events stream answered " + response.statusCode());
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

    /** Incremental SSE parser of one connection (events are separated by a blank line). */
    static final class Parser {
        private final int client;
        private final Listener listener;
        private final SseLine line = new SseLine();
        private final SseEvent event = new SseEvent();

        Parser(int client, Listener listener) {
            this.client = client;
            this.listener = listener;
        }

        void feed(Buffer buffer) {
            long received = nowMicros();
            ByteBuf bytes = buffer.getByteBuf(); // a view: the bytes are not copied
            int from = bytes.readerIndex();
            int end = bytes.writerIndex();
            while (from < end) {
                int lf = bytes.indexOf(from, end, (byte) '\n');
                line.append(bytes, from, lf < 0 ? end : lf);
                if (lf < 0) {
                    return;
                }
                lineEnded(received);
                from = lf + 1;
            }
        }

        private void lineEnded(long received) {
            if (line.isEmpty()) {
                if (event.complete()) {
                    listener.onEvent(client, event);
                }
                event.reset();
            } else if (line.startsWith(SseLine.ID)) {
                event.id(line.eventIdAfter(SseLine.ID.length));
            } else if (line.startsWith(SseLine.EVENT)) {
                event.name(line.eventName());
            } else if (line.startsWith(SseLine.DATA) && !event.hasData()) {
                event.data(line, received);
            }
            line.clear();
        }
    }
}

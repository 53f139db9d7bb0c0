package io.fastscanner.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.testing.Waits;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.http.HttpServer;
import io.vertx.mutiny.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a notification target on a loopback port: records every request with the time it arrived, and
 * answers each with the next scripted {@link Reply} (200 {@code {"ok":true}} once the script is used up).
 */
final class Receiver implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request as it arrived; {@code arrivedNanos} is {@link System#nanoTime()} on arrival. */
    record Request(String method, String path, Map<String, String> headers, byte[] body, long arrivedNanos) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** An answer; {@code hold} keeps the request unanswered until {@link #release()} (or the client gives up). */
    record Reply(int status, Map<String, String> headers, String body, boolean hold) {

        static Reply status(int status) {
            return new Reply(status, Map.of(), "", false);
        }

        static Reply json(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body, false);
        }

        static Reply held() {
            return new Reply(200, Map.of(), "", true);
        }

        Reply withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body, hold);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<HttpServerRequest> holding = new ArrayList<>();
    private Reply otherwise = Reply.json(200, "{\"ok\":true}");

    Receiver(Vertx vertx) {
        server = vertx.createHttpServer()
                .requestHandler(this::handle)
                .listen(0, "127.0.0.1")
                .await()
                .atMost(Waits.AT_MOST);
    }

    int port() {
        return server.actualPort();
    }

    /** {@code http://127.0.0.1:<port><path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    /** Answers the next requests with {@code replies}, in order. */
    synchronized Receiver reply(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** Answers every request beyond the script with {@code reply}. */
    synchronized Receiver otherwise(Reply reply) {
        otherwise = reply;
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Answers the held requests with 200. */
    void release() {
        release(200);
    }

    /** Answers the held requests with {@code status}. */
    void release(int status) {
        List<HttpServerRequest> held;
        synchronized (this) {
            held = new ArrayList<>(holding);
            holding.clear();
        }
        held.forEach(r -> r.response().setStatusCode(status).endAndForget("{\"ok\":" + (status < 300) + "}"));
    }

    private void handle(HttpServerRequest request) {
        long arrived = System.nanoTime();
        request.body().subscribe().with(body -> {
            Map<String, String> headers = new HashMap<>();
            request.headers().names().forEach(n -> headers.put(n.toLowerCase(Locale.ROOT), request.getHeader(n)));
            requests.add(new Request(request.method().name(), request.uri(), headers, body.getBytes(), arrived));
            Reply reply;
            synchronized (this) {
                reply = script.isEmpty() ? otherwise : script.poll();
                if (reply.hold()) {
                    holding.add(request);
                    return;
                }
            }
            var response = request.response().setStatusCode(reply.status());
            reply.headers().forEach(response::putHeader);
            response.endAndForget(reply.body());
        });
    }

    @Override
    public void close() {
        server.close().await().atMost(Waits.AT_MOST);
    }
}

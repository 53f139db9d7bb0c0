package io.fastscanner.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.notify.WebhookSignature;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A webhook receiver on a loopback port of the test's JVM, with its own Vert.x: records every request and answers it
 * with the status set ({@link #answer}, 200 at first). Usable in Quarkus tests and in tests of the packaged service.
 */
public final class WebhookInbox implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A request as it arrived. */
    public record Request(String path, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Whether the body is signed with {@code secret} ({@code X-Signature}), within five minutes of now. */
        public boolean signedWith(String secret) {
            return WebhookSignature.verify(
                    secret, header(WebhookSignature.HEADER), body, Instant.now(), Duration.ofMinutes(5));
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 200;

    public WebhookInbox() throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(request -> request.body().onSuccess(body -> {
                    Map<String, String> headers = request.headers().entries().stream()
                            .collect(Collectors.toMap(
                                    e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
                    requests.add(new Request(request.path(), headers, body.getBytes()));
                    request.response().setStatusCode(status).end(status < 300 ? "ok" : "no");
                }))
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
    }

    /** The URL of {@code path} on this receiver, e.g. {@code http://127.0.0.1:41234/hook}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.actualPort() + path;
    }

    /** From now on, every request is answered with {@code newStatus}. */
    public void answer(int newStatus) {
        status = newStatus;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests to {@code path}. */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}

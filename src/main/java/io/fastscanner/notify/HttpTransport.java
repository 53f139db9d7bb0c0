package io.fastscanner.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import io.vertx.mutiny.core.http.HttpClientRequest;
import io.vertx.mutiny.core.http.HttpClientResponse;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends one attempt's POST to the address the guard checked, with the target's own name in {@code Host} and for TLS.
 * Each attempt is bounded by the timeout from the start of the connection to the end of the answer; redirects are
 * never followed; at most {@link #MAX_BODY} bytes of an answer are read.
 */
final class HttpTransport {

    static final int MAX_BODY = 16 * 1024;

    private final HttpClient client;
    private final Duration timeout;

    HttpTransport(Vertx vertx, Duration timeout) {
        this.timeout = timeout;
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                        .setKeepAlive(true)
                        .setMaxRedirects(0),
                // one delivery in flight per channel: room for many channels that post to the same server
                new PoolOptions().setHttp1MaxSize(64));
    }

    Uni<Answer> post(ResolvedTarget target, OutgoingRequest request) {
        AtomicReference<HttpClientRequest> open = new AtomicReference<>();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(target.address(), target.port())))
                .setHost(target.host())
                .setPort(target.port())
                .setSsl(target.ssl())
                .setURI(target.pathAndQuery())
                .setFollowRedirects(false)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis());
        request.headers().forEach(options::putHeader);
        return client.request(options)
                .invoke(open::set)
                .chain(sent -> sent.send(Buffer.buffer(request.body())))
                .chain(response -> read(response, open))
                .ifNoItem()
                .after(timeout)
                .failWith(() -> new TimeoutException("no answer within " + timeout.toMillis() + " ms"))
                .onFailure()
                .invoke(failure -> reset(open));
    }

    private static Uni<Answer> read(HttpClientResponse response, AtomicReference<HttpClientRequest> open) {
        Map<String, String> headers = new HashMap<>();
        response.headers()
                .names()
                .forEach(name -> headers.put(name.toLowerCase(Locale.ROOT), response.getHeader(name)));
        return Uni.createFrom().emitter(emitter -> {
            io.vertx.core.buffer.Buffer body = io.vertx.core.buffer.Buffer.buffer();
            response.handler(chunk -> {
                int room = MAX_BODY - body.length();
                if (room > 0) {
                    body.appendBuffer(chunk.getDelegate(), 0, Math.min(room, chunk.length()));
                } else {
                    // enough to tell what the answer means: stop reading the rest
                    emitter.complete(new Answer(response.statusCode(), headers, body.getBytes()));
                    reset(open);
                }
            });
            response.exceptionHandler(emitter::fail);
            response.endHandler(() -> emitter.complete(new Answer(response.statusCode(), headers, body.getBytes())));
        });
    }

    private static void reset(AtomicReference<HttpClientRequest> open) {
        HttpClientRequest request = open.get();
        if (request != null) {
            request.reset();
        }
    }

    void close() {
        client.close().subscribe().with(ok -> {}, failure -> {});
    }
}

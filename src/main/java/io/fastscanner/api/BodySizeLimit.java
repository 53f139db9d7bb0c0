package io.fastscanner.api;

import io.fastscanner.errors.ErrorWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a request's body into memory before any endpoint sees it, at most {@code quarkus.http.limits.max-body-size}:
 * a larger one, declared or sent in chunks, fails with 413, which {@link RouteFailures} answers with the JSON error
 * body (Quarkus's own limit answers with an empty body, and a chunked body over it made the REST layer log stack
 * traces). The endpoints then take the body from memory ({@link #body}), so a client that sends its body slowly holds
 * no worker thread while it does. They take it from the routing context rather than as an entity parameter: Quarkus
 * REST's own reader mishandles a body that was read already when it is larger than {@code quarkus.rest.input-buffer-size}.
 */
@ApplicationScoped
public class BodySizeLimit implements Handler<RoutingContext> {

    private static final String READING = BodySizeLimit.class.getName() + ".reading";

    private final BodyHandler reader;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize) {
        this.reader = BodyHandler.create(false)
                .setBodyLimit(maxBodySize.map(MemorySize::asLongValue).orElse(-1L));
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ErrorWriter.hasBody(ctx.request())) {
            ctx.put(READING, Boolean.TRUE);
            reader.handle(ctx);
        } else {
            ctx.next();
        }
    }

    /** The request's body as text (UTF-8), or null when it has none. */
    static String body(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        return body == null ? null : body.toString(StandardCharsets.UTF_8);
    }

    /**
     * Whether the request failed while its body was being read: the HTTP codec could not decode its chunks, or the
     * client went away. The client's fault, not the service's.
     */
    static boolean failedWhileReading(RoutingContext ctx) {
        return ctx.get(READING) != null && !ctx.request().isEnded();
    }
}

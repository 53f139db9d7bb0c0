package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.errors.ErrorWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads a request's body into memory before any endpoint sees it, at most {@code quarkus.http.limits.max-body-size}:
 * a larger one, declared or sent in chunks, fails with 413, which {@link RouteFailures} answers with the JSON error
 * body (Quarkus's own limit answers with an empty body, and a chunked body over it made the REST layer log stack
 * traces). Quarkus REST then hands the body to the endpoints from memory, whole as long as it fits
 * {@code quarkus.rest.input-buffer-size}, so the service does not start when that is smaller. An HTTP/2 body is
 * only checked against its declared length and left to Quarkus REST, which reads it without blocking: Quarkus REST
 * cannot take over an HTTP/2 request that was read to its end.
 */
@ApplicationScoped
public class BodySizeLimit implements Handler<RoutingContext> {

    private static final String READING = BodySizeLimit.class.getName() + ".reading";

    private final BodyHandler reader;
    private final long maxBytes;

    BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            @ConfigProperty(name = "quarkus.rest.input-buffer-size") MemorySize restInputBuffer) {
        this.maxBytes = maxBodySize.map(MemorySize::asLongValue).orElse(-1L);
        if (maxBytes < 0 || maxBytes > restInputBuffer.asLongValue()) {
            throw new IllegalStateException("quarkus.http.limits.max-body-size must be set, and at most"
                    + " quarkus.rest.input-buffer-size (" + restInputBuffer.asLongValue() + " bytes, fixed when the"
                    + " service is built): a larger body would not reach the endpoints whole");
        }
        this.reader = BodyHandler.create(false).setBodyLimit(maxBytes);
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!ErrorWriter.hasBody(request)) {
            ctx.next();
        } else if (request.version() != HttpVersion.HTTP_2) {
            ctx.put(READING, Boolean.TRUE);
            reader.handle(ctx);
        } else if (declaredLength(request) > maxBytes) {
            ctx.fail(ApiException.PAYLOAD_TOO_LARGE);
        } else {
            ctx.next();
        }
    }

    private static long declaredLength(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Whether the request failed while its body was being read: the HTTP codec could not decode its chunks, or the
     * client went away. The client's fault, not the service's.
     */
    static boolean failedWhileReading(RoutingContext ctx) {
        return ctx.get(READING) != null && !ctx.request().isEnded();
    }
}

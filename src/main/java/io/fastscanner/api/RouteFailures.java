package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.errors.ErrorWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Answers every failure on the Vert.x router with the JSON error body, before Quarkus's own failure handler (which
 * logs each at ERROR with an error id and answers {@code {"details":..., "stack":""}}). A client's fault is logged at
 * DEBUG, so clients cannot fill the log; a failure on the server's side at ERROR with its stack trace. Failures of the
 * REST endpoints are answered by {@link ErrorMappers} and only get here when the answer could not be written.
 */
@ApplicationScoped
public class RouteFailures implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    private final Optional<MemorySize> maxBodySize;
    private final ErrorWriter errors;

    RouteFailures(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ErrorWriter errors) {
        this.maxBodySize = maxBodySize;
        this.errors = errors;
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (ctx.response().headWritten() || ctx.response().closed()) {
            // an answer is (being) sent already, or the client has gone
            LOG.debugf("%s %s failed after its answer: %s", request.method(), request.path(), ctx.failure());
            return;
        }
        errors.send(request, answer(ctx));
    }

    private ApiException answer(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiException e) {
            return e;
        }
        int status = ctx.statusCode();
        if (status < 0 && failure instanceof HttpException http) {
            status = http.getStatusCode();
        }
        HttpServerRequest request = ctx.request();
        // a failed read of the body comes as status 200 (an I/O failure) or 400 (a decoding failure)
        if (status <= 400 && BodySizeLimit.failedWhileReading(ctx)) {
            LOG.debugf("%s %s: the body could not be read: %s", request.method(), request.path(), failure);
            return ApiException.badRequest("BAD_REQUEST", "The request body could not be read");
        }
        if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            LOG.errorf(failure, "%s %s failed with status %d", request.method(), request.path(), status);
            return ApiException.ofStatus(status);
        }
        LOG.debugf("%s %s refused with status %d: %s", request.method(), request.path(), status, failure);
        if (status == 400 && request.authority() == null && request.version() != HttpVersion.HTTP_1_0) {
            return ApiException.badRequest(
                    "BAD_REQUEST",
                    request.getHeader(HttpHeaders.HOST) == null
                            ? "An HTTP/1.1 request needs a Host header"
                            : "The Host header is not a valid host[:port]");
        }
        if (status == 413) {
            return new ApiException(
                    ApiException.PAYLOAD_TOO_LARGE,
                    "PAYLOAD_TOO_LARGE",
                    "The request body is larger than "
                            + maxBodySize.map(MemorySize::asLongValue).orElse(0L) + " bytes");
        }
        return ApiException.ofStatus(status);
    }
}

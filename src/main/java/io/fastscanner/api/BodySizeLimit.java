package io.fastscanner.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.errors.ApiError;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose {@code Content-Length} is over {@code quarkus.http.limits.max-body-size} with a 413 and
 * the JSON error body, before Quarkus's own limit check (which answers with an empty body) and before the body is
 * read. Bodies sent in chunks without a length are cut by Quarkus while being read; that 413 goes through
 * {@link ErrorMappers} and is JSON too.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper mapper;

    BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper mapper) {
        this.maxBodySize = maxBodySize;
        this.mapper = mapper;
    }

    void register(@Observes Router router) {
        maxBodySize.ifPresent(max -> router.route()
                .order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> check(context, max.asLongValue())));
    }

    private void check(RoutingContext context, long max) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long declared;
        try {
            declared = length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            declared = -1;
        }
        if (declared <= max) {
            context.next();
            return;
        }
        String body;
        try {
            body = mapper.writeValueAsString(
                    ApiError.of("PAYLOAD_TOO_LARGE", "The request body is larger than " + max + " bytes"));
        } catch (JsonProcessingException e) {
            body = "{\"success\":false,\"error\":{\"code\":\"PAYLOAD_TOO_LARGE\",\"message\":\"Body too large\"}}";
        }
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}

package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.errors.ErrorWriter;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The first routes of every request, ahead of Quarkus's own and of every endpoint:
 * <ol>
 * <li>the request must be well formed: its URL a valid URI, one Host, a body length that can be known
 * ({@link RequestFraming});</li>
 * <li>the caller may make this request ({@link CallerPolicy}: origin, token, content type);</li>
 * <li>the body is read into memory, at most {@code quarkus.http.limits.max-body-size} ({@link BodySizeLimit}).</li>
 * </ol>
 * Whatever fails on the router after that, or before the first route (an HTTP/1.1 request without {@code Host}), is
 * answered by {@link RouteFailures}.
 */
@ApplicationScoped
public class FrontDoor {

    private static final Logger LOG = Logger.getLogger(FrontDoor.class);
    /** Ahead of Quarkus's own routes, the body handler, the upload limit and CORS included. */
    static final int ORDER = Integer.MIN_VALUE;

    private final CallerPolicy policy;
    private final ErrorWriter errors;
    private final RouteFailures failures;
    private final BodySizeLimit bodies;

    FrontDoor(
            AccessConfig access,
            @ConfigProperty(name = "quarkus.http.cors.enabled", defaultValue = "false") boolean corsEnabled,
            @ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> corsOrigins,
            ErrorWriter errors,
            RouteFailures failures,
            BodySizeLimit bodies) {
        this.policy = new CallerPolicy(
                access.token().map(BearerToken::new),
                access.protectReads(),
                new AllowedOrigins(corsEnabled, corsOrigins.orElse(List.of())));
        this.errors = errors;
        this.failures = failures;
        this.bodies = bodies;
        warnAboutWeakSettings(access);
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).failureHandler(failures);
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).handler(bodies);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<ApiException> malformed = RequestFraming.problem(request);
        if (malformed.isPresent()) {
            errors.send(request, malformed.get());
            return;
        }
        HostAndPort authority = request.authority();
        Optional<ApiException> refusal = policy.refusal(new CallerPolicy.Call(
                request.method().name(),
                ctx.normalizedPath(),
                request.getHeader(HttpHeaders.ORIGIN),
                authority == null ? null : authority.host(),
                authority == null ? -1 : authority.port(),
                request.getHeader(HttpHeaders.AUTHORIZATION),
                request.getHeader(HttpHeaders.CONTENT_TYPE),
                request::getParam));
        if (refusal.isPresent()) {
            LOG.debugf(
                    "%s %s refused: %s",
                    request.method(), ctx.normalizedPath(), refusal.get().code());
            errors.send(request, refusal.get());
            return;
        }
        ctx.next();
    }

    private static void warnAboutWeakSettings(AccessConfig access) {
        if (access.protectReads() && access.token().isEmpty()) {
            LOG.warn("scanner.api.protect-reads=true has no effect without scanner.api.token: reads stay open");
        }
        access.token()
                .filter(t -> t.length() < 16)
                .ifPresent(t -> LOG.warn("scanner.api.token is shorter than 16 characters: easy to guess"));
    }
}

package io.fastscanner.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fastscanner.errors.ApiError;
import io.fastscanner.errors.ApiException;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * {@code GET /api/scanner/events}: the scanner's events as Server-Sent Events. Each client first gets a
 * {@code connected} event (with the {@code retry:} hint), then what it missed since {@code Last-Event-ID} (or a
 * {@code resync} event when that is no longer in the replay buffer), then the live stream with a comment heartbeat.
 * <p>
 * A Vert.x route rather than a Quarkus REST resource: Quarkus REST formats and flushes every event again for every
 * client, while here a client costs one queue offer per event and gets the bytes the bus encoded once. Its OpenAPI
 * description is {@code META-INF/openapi.yaml}.
 */
@ApplicationScoped
public class EventStreamRoute {

    static final String PATH = "/api/scanner/events";

    private static final Logger LOG = Logger.getLogger(EventStreamRoute.class);

    private final EventBus bus;
    private final EventsConfig config;
    private final Vertx vertx;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final Set<SseConnection> connections = ConcurrentHashMap.newKeySet();
    private long heartbeatTimer = -1;

    EventStreamRoute(EventBus bus, EventsConfig config, Vertx vertx, ObjectMapper mapper, Clock clock) {
        this.bus = bus;
        this.config = config;
        this.vertx = vertx;
        this.mapper = mapper;
        this.clock = clock;
    }

    void register(@Observes Router router) {
        // Ahead of Quarkus REST's routes (order 1500 and later), which know nothing of this path.
        int order = RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT;
        router.route(HttpMethod.GET, PATH).order(order).handler(this::stream);
        router.route(HttpMethod.HEAD, PATH)
                .order(order)
                .handler(ctx -> streamHeaders(ctx.response()).end());
        router.route(HttpMethod.OPTIONS, PATH)
                .order(order)
                .handler(ctx ->
                        ctx.response().putHeader("Allow", "HEAD, GET, OPTIONS").end());
        router.route(PATH)
                .order(order + 1)
                .handler(ctx -> error(ctx.response(), 405, ApiError.of("METHOD_NOT_ALLOWED", "Method Not Allowed")));
        // One timer for all clients; a client with frames waiting needs no heartbeat.
        heartbeatTimer = vertx.setPeriodic(
                Math.max(1, config.heartbeat().toMillis()), id -> connections.forEach(SseConnection::heartbeat));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(heartbeatTimer);
    }

    private void stream(RoutingContext ctx) {
        StreamRequest request;
        try {
            request = StreamRequest.of(ctx.request());
        } catch (ApiException e) {
            error(ctx.response(), e.status(), e.body());
            return;
        }
        HttpServerResponse response = streamHeaders(ctx.response()).setChunked(true);
        Context eventLoop = vertx.getOrCreateContext();
        SseConnection connection = new SseConnection(
                new HttpResponseOutput(response, vertx),
                task -> eventLoop.runOnContext(v -> task.run()),
                config.clientBuffer(),
                request.filter(),
                this::end);
        response.closeHandler(v -> connection.closed());
        response.drainHandler(v -> connection.drain());
        // A client that goes away mid-write is ordinary; the close handler cleans up.
        response.exceptionHandler(e -> LOG.debugf("Event stream client failed: %s", e.getMessage()));
        connections.add(connection);
        bus.subscribe(connection, request.lastEventId(), catchup -> {
            // Sent once the client is subscribed, so a client that has seen it cannot miss what follows.
            connection.send(
                    SseFrames.connected(config.retry(), request.lastEventId(), catchup.newestId(), clock.instant()));
            if (catchup.resync() != null) {
                connection.send(SseFrames.resync(catchup.resync(), catchup.newestId()));
            }
            catchup.missed().forEach(connection::deliver);
        });
        if (response.closed()) {
            connection.closed();
        }
    }

    private void end(SseConnection connection) {
        bus.unsubscribe(connection);
        connections.remove(connection);
    }

    /** The headers Quarkus REST sent; its SSE clients read the data's type from X-SSE-Content-Type. */
    private static HttpServerResponse streamHeaders(HttpServerResponse response) {
        return response.putHeader("Content-Type", "text/event-stream")
                .putHeader("X-SSE-Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
    }

    /** The JSON error body every endpoint answers with. */
    private void error(HttpServerResponse response, int status, ApiError body) {
        try {
            response.setStatusCode(status)
                    .putHeader("Content-Type", "application/json")
                    .end(mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("error body cannot be serialised", e);
        }
    }
}

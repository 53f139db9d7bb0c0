package io.fastscanner.events;

import io.fastscanner.errors.ApiException;
import io.fastscanner.errors.ErrorWriter;
import io.fastscanner.scan.ShutdownGate.ShutdownOrder;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
    private static final Duration FLUSH_BEFORE_SHUTDOWN = Duration.ofSeconds(2);

    private final EventBus bus;
    private final EventsConfig config;
    private final Vertx vertx;
    private final ErrorWriter errors;
    private final Clock clock;
    private final Duration idleTimeout;
    private final ClientLimit limit;
    private final EventScreens screens;
    private final Set<SseConnection> connections = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;
    private long heartbeatTimer = -1;

    EventStreamRoute(
            EventBus bus,
            EventsConfig config,
            Vertx vertx,
            ErrorWriter errors,
            Clock clock,
            @ConfigProperty(name = "quarkus.http.idle-timeout") Duration idleTimeout,
            EventScreens screens) {
        this.bus = bus;
        this.screens = screens;
        this.config = config;
        this.vertx = vertx;
        this.errors = errors;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.limit = new ClientLimit(config.maxClients());
    }

    void register(@Observes Router router) {
        requireHeartbeatWithinIdleTimeout();
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
        router.route(PATH).order(order + 1).handler(ctx -> errors.send(ctx.request(), ApiException.ofStatus(405)));
        // One timer for all clients; a client with frames waiting needs no heartbeat.
        heartbeatTimer = vertx.setPeriodic(
                Math.max(1, config.heartbeat().toMillis()), id -> connections.forEach(SseConnection::heartbeat));
    }

    /**
     * The server closes a connection on which nothing was sent or received for {@code quarkus.http.idle-timeout}; an
     * idle stream sends only its heartbeat, so the heartbeat must come well within it, also when it comes late.
     */
    private void requireHeartbeatWithinIdleTimeout() {
        if (!idleTimeout.isZero() && config.heartbeat().multipliedBy(2).compareTo(idleTimeout) > 0) {
            throw new IllegalStateException("scanner.events.heartbeat (" + config.heartbeat()
                    + ") must be at most half of quarkus.http.idle-timeout (" + idleTimeout
                    + "), or the server closes idle event streams");
        }
    }

    /**
     * The service starts to shut down (after the scanner has published the closing events of the scans it stopped):
     * every client gets what waits for it, then the {@code shutdown} event with the newest id and when to reconnect,
     * then a clean end of its stream, so Quarkus's wait for the requests in flight is not held up by open streams.
     * New clients are refused with 503 {@code SHUTTING_DOWN}.
     */
    void onShutdown(@Observes @Priority(ShutdownOrder.CLOSE_STREAMS) ShutdownDelayInitiatedEvent event) {
        closing = true;
        vertx.cancelTimer(heartbeatTimer);
        bus.flush(FLUSH_BEFORE_SHUTDOWN); // with a shared log, the scans' closing events come back from Redis first
        SseFrame last = SseFrames.shutdown(config.retry(), bus.lastId());
        List<SseConnection> open = List.copyOf(connections);
        open.forEach(connection -> connection.finish(last));
        LOG.infof("Shutting down: %d event stream clients told to reconnect", open.size());
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(heartbeatTimer);
    }

    private void stream(RoutingContext ctx) {
        StreamRequest request;
        try {
            request = StreamRequest.of(ctx.request());
        } catch (ApiException e) {
            errors.send(ctx.request(), e);
            return;
        }
        if (closing) {
            errors.send(ctx.request(), ApiException.shuttingDown("opens no new event stream", config.retry()));
            return;
        }
        if (!bus.ready()) {
            errors.send(
                    ctx.request(),
                    new ApiException(
                                    ApiException.SERVICE_UNAVAILABLE,
                                    "STORE_UNAVAILABLE",
                                    "The event log is still being read from the store; retry after 1 s")
                            .withHeader("Retry-After", "1"));
            return;
        }
        String screenId = request.filter().screenId();
        if (screenId == null) {
            open(ctx, request);
            return;
        }
        Context here = vertx.getOrCreateContext();
        screens.known(screenId)
                .subscribe()
                .with(
                        known -> here.runOnContext(v -> {
                            if (known) {
                                open(ctx, request);
                            } else {
                                errors.send(ctx.request(), unknownScreen(screenId));
                            }
                        }),
                        failure -> here.runOnContext(v -> errors.send(
                                ctx.request(),
                                new ApiException(
                                                ApiException.SERVICE_UNAVAILABLE,
                                                "STORE_UNAVAILABLE",
                                                "The saved screens cannot be read from the store; retry after 1 s")
                                        .withHeader("Retry-After", "1"))));
    }

    /** 404 {@code SCREEN_NOT_FOUND}, with a hint for a client that passed an expression instead of an id. */
    private static ApiException unknownScreen(String screenId) {
        String shown = screenId.replaceAll("[^\\x20-\\x7E]", "?");
        return ApiException.notFound(
                "SCREEN_NOT_FOUND",
                "No saved screen has the id '" + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown)
                        + "'; the stream filters by a saved screen's id (POST /api/scanner/screens saves one)");
    }

    /** Registers the client and starts its stream: the request is valid and may be served. */
    private void open(RoutingContext ctx, StreamRequest request) {
        if (!limit.tryTake()) {
            errors.send(ctx.request(), limit.refusal());
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
        limit.giveBack();
    }

    /** The headers Quarkus REST sent; its SSE clients read the data's type from X-SSE-Content-Type. */
    private static HttpServerResponse streamHeaders(HttpServerResponse response) {
        return response.putHeader("Content-Type", "text/event-stream")
                .putHeader("X-SSE-Content-Type", "application/json")
                .putHeader("Cache-Control", "no-cache")
                .putHeader("X-Accel-Buffering", "no");
    }
}

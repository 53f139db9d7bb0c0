package io.fastscanner.events;

import io.fastscanner.api.ApiException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * {@code GET /api/scanner/events}: the scanner's events as Server-Sent Events. Each client first gets a
 * {@code connected} event (with the {@code retry:} hint), then what it missed since {@code Last-Event-ID} (or a
 * {@code resync} event when that is no longer in the replay buffer), then the live stream with a comment
 * heartbeat. A client that stops reading fills its own bounded buffer, gets an {@code error} event and is
 * disconnected; it never slows the scan or the other clients.
 */
@Path("/api/scanner/events")
public class EventStreamResource {

    @Inject
    EventBus bus;
    @Inject
    EventsConfig config;
    @Inject
    Vertx vertx;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @ResponseHeader(name = "Cache-Control", value = "no-cache")
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @Operation(summary = "Stream of scan events (Server-Sent Events); resume with Last-Event-ID")
    public Multi<OutboundSseEvent> stream(@Context Sse sse, @Context HttpServerRequest request,
            @HeaderParam("Last-Event-ID") String lastEventIdHeader, @QueryParam("lastEventId") String lastEventIdQuery,
            @QueryParam("scanId") String scanId, @QueryParam("symbols") String symbols) {
        Long lastEventId = lastEventId(lastEventIdHeader != null ? lastEventIdHeader : lastEventIdQuery);
        EventFilter filter = EventFilter.parse(scanId, symbols).orElseThrow(() -> ApiException.badRequest(
                "INVALID_SYMBOL", "symbols must be a comma-separated list of at most " + EventFilter.MAX_SYMBOLS
                        + " symbols such as BTC/USDT,ETH/USDT"));
        SseEvents events = new SseEvents(sse);
        AtomicReference<EventBus.Subscriber> registered = new AtomicReference<>();
        // ERROR, not the default unbounded BUFFER: the only buffer of this client is the bounded one below.
        Multi<OutboundSseEvent> live = Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            EventBus.Subscriber subscriber = new EventBus.Subscriber(event -> emitter.emit(events.of(event)), filter);
            registered.set(subscriber);
            emitter.onTermination(() -> bus.unsubscribe(subscriber));
            bus.subscribe(subscriber, lastEventId, catchup -> {
                // Sent once the client is subscribed, so a client that has seen it cannot miss what follows.
                emitter.emit(events.connected(config.retry(), lastEventId, catchup.newestId(), Instant.now()));
                if (catchup.resyncNeeded()) {
                    emitter.emit(events.resync(catchup.newestId()));
                }
                catchup.missed().forEach(e -> emitter.emit(events.of(e)));
            });
        }, BackPressureStrategy.ERROR).onOverflow().buffer(Math.max(1, config.clientBuffer()))
                .onFailure(BackPressureFailure.class).recoverWithMulti(failure -> {
                    EventBus.Subscriber subscriber = registered.get();
                    if (subscriber != null) {
                        bus.unsubscribe(subscriber);
                    }
                    // The error event reaches a client that reads again within a second; the connection goes regardless.
                    vertx.setTimer(1000, id -> request.connection().close());
                    return Multi.createFrom().item(events.overflow(config.clientBuffer()));
                });
        Multi<OutboundSseEvent> heartbeats = Multi.createFrom().ticks().every(config.heartbeat())
                .onOverflow().drop().map(tick -> events.heartbeat());
        // One request at a time: the merge's default prefetch would be a second, larger buffer per client.
        return Multi.createBy().merging().withRequests(1).streams(live, heartbeats);
    }

    private static Long lastEventId(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(raw.trim());
            if (id < 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("INVALID_LAST_EVENT_ID", "Last-Event-ID must be a non-negative integer");
        }
    }
}

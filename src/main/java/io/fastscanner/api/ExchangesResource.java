package io.fastscanner.api;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeState;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.live.LiveStreams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** {@code GET /api/scanner/exchanges}: the markets a scan can name and the state of each one's request budgets. */
@Path("/api/scanner/exchanges")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangesResource {

    private final MarketDataSources sources;
    private final LiveStreams live;

    ExchangesResource(MarketDataSources sources, LiveStreams live) {
        this.sources = sources;
        this.live = live;
    }

    @GET
    @Operation(
            summary = "Every market a scan can name, with its request budgets, pause, ban and circuit breakers",
            description = "An exchange not used since the service started shows no budget yet; listing it does not"
                    + " open it.")
    @APIResponse(
            responseCode = "200",
            description = "The markets, the default first",
            content = @Content(schema = @Schema(implementation = ExchangesAnswer.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "Unauthorized", responseCode = "401")
    @APIResponse(ref = "CrossOrigin", responseCode = "403")
    public Uni<ExchangesAnswer> exchanges() {
        List<Uni<ExchangesAnswer.Status>> statuses =
                sources.choosable().stream().map(this::status).toList();
        return Uni.join()
                .all(statuses)
                .andFailFast()
                .map(all -> new ExchangesAnswer(true, sources.defaultExchange(), all));
    }

    private Uni<ExchangesAnswer.Status> status(Exchange exchange) {
        boolean isDefault = exchange == sources.defaultExchange();
        Optional<MarketDataSource> used = sources.inUse(exchange);
        if (used.isEmpty()) {
            return Uni.createFrom()
                    .item(new ExchangesAnswer.Status(
                            exchange,
                            isDefault,
                            sources.live(exchange),
                            false,
                            null,
                            List.of(),
                            null,
                            null,
                            List.of(),
                            List.of()));
        }
        MarketDataSource source = used.get();
        return source.state()
                .onFailure()
                .recoverWithItem(ExchangeState.local(exchange))
                .map(state -> new ExchangesAnswer.Status(
                        exchange,
                        isDefault,
                        source.live(),
                        true,
                        source.timeframes(),
                        state.limits(),
                        state.pausedUntil().orElse(null),
                        state.bannedUntil().orElse(null),
                        state.circuits(),
                        live.health(exchange)));
    }
}

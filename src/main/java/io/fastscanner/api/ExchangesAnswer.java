package io.fastscanner.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.ExchangeState;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.live.StreamHealth;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/exchanges}: every market a scan can name, with its state. */
@RegisterForReflection
@Schema(description = "Every market a scan can name, the default first")
public record ExchangesAnswer(
        @Schema(enumeration = "true") boolean success,

        @Schema(description = "scanner.source: the exchange of a request that names none")
        Exchange defaultExchange,

        List<Status> exchanges) {

    /** One market and how it stands. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Status(
            Exchange exchange,

            @Schema(description = "The exchange of requests that name none")
            boolean isDefault,

            @Schema(description = "Called over the network (not replayed or synthetic)")
            boolean live,

            @Schema(
                    description = "Used since the service started (the default always is); budgets and circuits are"
                            + " shown once it is")
            boolean inUse,

            @Schema(description = "Timeframes it serves, built ones included; absent until it is in use")
            List<Timeframe> timeframes,

            @Schema(description = "Each request limit: weight used in the current window of the budget")
            List<ExchangeState.LimitUse> limits,

            @Schema(nullable = true, description = "While a rate-limit answer pauses every request")
            Instant pausedUntil,

            @Schema(nullable = true, description = "While the exchange bans this IP: nothing is sent")
            Instant bannedUntil,

            @Schema(description = "Each endpoint's circuit breaker: closed, open or half_open")
            List<ExchangeState.Circuit> circuits,

            @Schema(
                    description = "Its kline stream connections (scanner.live.enabled); empty when none run. A lost"
                            + " stream leaves the service ready: its symbols are served by requests meanwhile")
            List<StreamHealth> streams) {}
}

package io.fastscanner.schedule;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.time.TimeId;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Something significant about a symbol on an exchange, raised by an alert rule: a change since the previous scan of it
 * there, or a screen the symbol matched.
 *
 * @param id       increasing, also across restarts; {@code GET /api/scanner/alerts?since=<id>} returns the newer ones
 * @param previous the value in the previous scan, as text
 * @param current  the value now, as text
 * @param rule     the id of the alert rule that raised it; null for an alert kept from before rules existed
 */
@RegisterForReflection
public record Alert(
        @Schema(description = "Increasing, also across restarts; ?since=<id> returns the newer ones")
        TimeId id,

        String scanId,

        @Schema(description = "The exchange the symbol was scanned on")
        Exchange exchange,

        MarketSymbol symbol,
        Timeframe timeframe,
        AlertKind kind,

        @Schema(nullable = true, description = "The id of the alert rule that raised it (GET /api/scanner/alert-rules)")
        String rule,

        String message,

        @Schema(description = "The value in the previous scan, as text")
        String previous,

        @Schema(description = "The value now, as text") String current,
        Instant timestamp) {}

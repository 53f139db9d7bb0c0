package io.fastscanner.marketdata.live;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One stream connection as {@code /exchanges} and readiness show it.
 *
 * @param lagMs how long after the exchange's time of its last candle message that message arrived
 */
@RegisterForReflection
@Schema(name = "StreamConnection", description = "One WebSocket connection carrying kline streams")
public record StreamHealth(
        @Schema(description = "e.g. binance-1") String connection,
        String url,

        @Schema(enumeration = {"connecting", "live", "reconnecting", "stopped"})
        String state,

        boolean connected,

        @Schema(description = "Kline streams (symbol x timeframe) carried")
        int streams,

        @Schema(description = "Series being reloaded by a request before they are used")
        int repairing,

        @Schema(nullable = true) Instant lastMessage,

        @Schema(nullable = true, description = "Exchange time of the last candle message to its arrival, ms")
        Long lagMs,

        int reconnects,

        @Schema(nullable = true, description = "Why the connection was last lost or refused a subscription")
        String reason) {}

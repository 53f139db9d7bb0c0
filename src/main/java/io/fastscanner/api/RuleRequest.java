package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/scanner/alert-rules} (a new rule) and {@code PUT /api/scanner/alert-rules/{id}} (which
 * changes the fields it names and keeps the others). Unknown fields are ignored.
 */
@RegisterForReflection
@Schema(name = "AlertRuleRequest", description = "An alert rule; on PUT, the fields to change")
public record RuleRequest(
        @Schema(
                description = "The rule's id, 1 to 64 letters, digits, - or _; POST only, default: a generated one",
                example = "oversold-buys")
        String id,

        @Schema(description = "Required on POST: the rule's name, up to 100 characters", example = "Oversold buys")
        String name,

        @Schema(
                description = "The alerts it raises: screen_match (when a symbol matches expression), or a change"
                        + " since the previous scan; default screen_match",
                enumeration = {
                    "screen_match",
                    "signal_flip",
                    "strength_change",
                    "price_move",
                    "rsi_cross",
                    "regime_change"
                })
        String kind,

        @Schema(
                description = "A screen (docs/screens.md); required for screen_match, refused for the change kinds",
                example = "rsi14 < 30 and signal == \"BUY\"")
        String expression,

        @Schema(description = "Only these symbols, in any spelling; absent or empty: every symbol; at most 500")
        List<String> symbols,

        @Schema(description = "Only this exchange; absent: any (on PUT, \"\" clears it)", example = "binance")
        String exchange,

        @Schema(description = "Only this timeframe; absent: any (on PUT, \"\" clears it)", example = "1h")
        String timeframe,

        @Schema(
                description = "enters: when a symbol starts matching; every: at every look while it matches (a change"
                        + " rule: at every change). Default: enters for screen_match, every for the change kinds",
                enumeration = {"enters", "every"})
        String trigger,

        @Schema(
                description = "After the rule fired for a symbol, it stays silent for it this many seconds; 0 to"
                        + " 604800, default 0")
        Long cooldownSeconds,

        @Schema(
                description = "Fire at most once per candle of a symbol; default true for screen_match, false for the"
                        + " change kinds")
        Boolean oncePerCandle,

        @Schema(description = "Ids of the notification channels the alerts are sent to; default none, at most 10")
        List<String> channels,

        @Schema(description = "Default true") Boolean enabled) {}

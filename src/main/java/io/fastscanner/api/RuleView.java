package io.fastscanner.api;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.rules.AlertRule;
import io.fastscanner.rules.RuleCondition;
import io.fastscanner.rules.RuleTrigger;
import io.fastscanner.schedule.AlertKind;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An alert rule, as the API shows it. */
@RegisterForReflection
@Schema(name = "AlertRule", description = "An alert rule")
public record RuleView(
        String id,
        String name,

        @Schema(description = "The kind of the alerts it raises")
        AlertKind kind,

        @Schema(nullable = true, description = "The screen, in its canonical form; null for the change kinds")
        String expression,

        @Schema(description = "The screen reads the deep analysis: the rule looks at a symbol once it is done")
        boolean usesDeepFields,

        @Schema(description = "Only these symbols; empty: every symbol")
        List<MarketSymbol> symbols,

        @Schema(nullable = true, description = "Only this exchange; null: any")
        Exchange exchange,

        @Schema(nullable = true, description = "Only this timeframe; null: any")
        Timeframe timeframe,

        RuleTrigger trigger,
        long cooldownSeconds,
        boolean oncePerCandle,

        @Schema(description = "Ids of the channels its alerts are sent to")
        List<String> channels,

        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    static RuleView of(AlertRule rule) {
        return new RuleView(
                rule.id(),
                rule.name(),
                rule.condition().kind(),
                rule.condition() instanceof RuleCondition.ScreenMatch screen
                        ? screen.screen().text()
                        : null,
                rule.usesDeepFields(),
                rule.scope().symbols(),
                rule.scope().exchange(),
                rule.scope().timeframe(),
                rule.trigger(),
                rule.cooldown().toSeconds(),
                rule.oncePerCandle(),
                rule.channels(),
                rule.enabled(),
                rule.createdAt(),
                rule.updatedAt());
    }

    /** The body that describes this rule: a PUT's fields are laid over it. */
    RuleRequest asRequest() {
        return new RuleRequest(
                id,
                name,
                kind.json(),
                expression,
                symbols.stream().map(MarketSymbol::toString).toList(),
                exchange == null ? null : exchange.id(),
                timeframe == null ? null : timeframe.label(),
                trigger.json(),
                cooldownSeconds,
                oncePerCandle,
                channels,
                enabled);
    }
}

package io.fastscanner.rules;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.schedule.AlertKind;
import io.fastscanner.screens.Screen;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An alert rule as it is stored (JSON, in memory or in the Redis hash {@code <prefix>alert-rules}): flat, with the
 * screen's canonical text. {@link #toRule()} parses it back.
 */
public record StoredRule(
        String id,
        String name,
        AlertKind kind,
        String expression,
        List<MarketSymbol> symbols,
        Exchange exchange,
        Timeframe timeframe,
        RuleTrigger trigger,
        long cooldownSeconds,
        boolean oncePerCandle,
        List<String> channels,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    public static StoredRule of(AlertRule rule) {
        String expression = rule.condition() instanceof RuleCondition.ScreenMatch screen
                ? screen.screen().text()
                : null;
        return new StoredRule(
                rule.id(),
                rule.name(),
                rule.condition().kind(),
                expression,
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

    /**
     * The rule; throws {@link IllegalArgumentException} when it cannot be read (a screen this version does not parse).
     */
    public AlertRule toRule() {
        RuleCondition condition = kind == AlertKind.SCREEN_MATCH
                ? new RuleCondition.ScreenMatch(Screen.parse(expression))
                : new RuleCondition.ChangeOf(kind);
        return new AlertRule(
                id,
                name,
                condition,
                new RuleScope(symbols, exchange, timeframe),
                trigger,
                Duration.ofSeconds(cooldownSeconds),
                oncePerCandle,
                channels,
                enabled,
                createdAt,
                updatedAt);
    }
}

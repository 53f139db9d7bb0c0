package io.fastscanner.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An alert rule: when a symbol in its {@code scope} meets its {@code condition}, it raises an alert (as the
 * {@code trigger} says, at most once per {@code cooldown} per symbol, and with {@code oncePerCandle} at most once per
 * candle) and sends it to its {@code channels}.
 *
 * @param cooldown      after the rule fired for a symbol, it stays silent for that symbol this long; zero: never
 * @param oncePerCandle fires at most once per candle of the symbol's timeframe
 * @param channels      the ids of the notification channels the alerts are sent to; empty: listed only
 */
public record AlertRule(
        String id,
        String name,
        RuleCondition condition,
        RuleScope scope,
        RuleTrigger trigger,
        Duration cooldown,
        boolean oncePerCandle,
        List<String> channels,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    public AlertRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(condition, "condition");
        scope = scope == null ? RuleScope.ALL : scope;
        Objects.requireNonNull(trigger, "trigger");
        cooldown = cooldown == null ? Duration.ZERO : cooldown;
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    /** A screen rule that reads the deep analysis: it looks at a symbol when its deep analysis is done. */
    public boolean usesDeepFields() {
        return condition instanceof RuleCondition.ScreenMatch screen
                && screen.screen().usesDeepFields();
    }

    public AlertRule withEnabled(boolean on, Instant now) {
        return new AlertRule(
                id, name, condition, scope, trigger, cooldown, oncePerCandle, channels, on, createdAt, now);
    }
}

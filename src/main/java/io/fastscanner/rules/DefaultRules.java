package io.fastscanner.rules;

import io.fastscanner.schedule.AlertKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The rules a new store starts with: one per change kind, on every symbol, firing at every change, notifying no
 * channel. They raise the alerts the service raised before rules existed; delete or disable one to stop its kind.
 */
final class DefaultRules {

    private static final Map<AlertKind, String> NAMES = Map.of(
            AlertKind.SIGNAL_FLIP, "Signal flips",
            AlertKind.STRENGTH_CHANGE, "Strength changes",
            AlertKind.PRICE_MOVE, "Price moves",
            AlertKind.RSI_CROSS, "RSI crossing 30 or 70",
            AlertKind.REGIME_CHANGE, "Regime changes");

    private static final List<AlertKind> KINDS = List.of(
            AlertKind.SIGNAL_FLIP,
            AlertKind.STRENGTH_CHANGE,
            AlertKind.PRICE_MOVE,
            AlertKind.RSI_CROSS,
            AlertKind.REGIME_CHANGE);

    private DefaultRules() {}

    /** The default rules, created a millisecond apart so that they are listed in the order of their kinds. */
    static List<AlertRule> all(Instant now) {
        return KINDS.stream()
                .map(kind -> of(kind, now.plusMillis(KINDS.indexOf(kind))))
                .toList();
    }

    /** {@code signal_flip} is rule {@code signal-flip}. */
    static String id(AlertKind kind) {
        return kind.json().replace('_', '-');
    }

    private static AlertRule of(AlertKind kind, Instant now) {
        return new AlertRule(
                id(kind),
                NAMES.get(kind),
                new RuleCondition.ChangeOf(kind),
                RuleScope.ALL,
                RuleTrigger.EVERY,
                Duration.ZERO,
                false,
                List.of(),
                true,
                now,
                now);
    }
}

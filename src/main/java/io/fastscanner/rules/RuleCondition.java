package io.fastscanner.rules;

import io.fastscanner.schedule.AlertKind;
import io.fastscanner.screens.Screen;
import java.util.Objects;

/** What a rule looks for: a screen the symbol matches, or a change of one kind since the previous scan. */
public sealed interface RuleCondition permits RuleCondition.ScreenMatch, RuleCondition.ChangeOf {

    /** The kind of the alerts the rule raises. */
    AlertKind kind();

    /** The symbol matches {@code screen} ({@code screen_match} alerts). */
    record ScreenMatch(Screen screen) implements RuleCondition {

        public ScreenMatch {
            Objects.requireNonNull(screen, "screen");
        }

        @Override
        public AlertKind kind() {
            return AlertKind.SCREEN_MATCH;
        }
    }

    /** A change of {@code kind} between two scans of the symbol (signal flip, strength change, ...). */
    record ChangeOf(AlertKind kind) implements RuleCondition {

        public ChangeOf {
            if (kind == null || !kind.isChange()) {
                throw new IllegalArgumentException("not a change kind: " + kind);
            }
        }
    }
}

package io.fastscanner.rules;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When a rule fires for a symbol; written in JSON in lower case. */
public enum RuleTrigger {
    /**
     * When the symbol starts matching: it did not match at the rule's previous look at it (or the rule never looked),
     * and does now. A change rule "matches" at a look that found a change of its kind.
     */
    ENTERS,
    /** At every look at which the symbol matches; for a change rule, at every change of its kind. */
    EVERY;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The trigger named {@code text} ({@code enters}, any case); empty for anything else. */
    public static Optional<RuleTrigger> parse(String text) {
        return Arrays.stream(values())
                .filter(t -> t.json().equalsIgnoreCase(text == null ? "" : text.trim()))
                .findFirst();
    }
}

package io.fastscanner.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The market's state on a timeframe; see {@link RegimeClassifier} for the rules. */
public enum Regime {
    BULL,
    BEAR,
    RANGING,
    VOLATILE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.fastscanner.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The direction most timeframes point to; see {@link ConfluenceAnalyzer}. */
public enum Bias {
    BULLISH,
    BEARISH,
    MIXED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

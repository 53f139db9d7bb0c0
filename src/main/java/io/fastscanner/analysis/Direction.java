package io.fastscanner.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The side of a trade setup. */
public enum Direction {
    LONG,
    SHORT;

    private final String json = name().toLowerCase(Locale.ROOT);

    /** {@code +1} for long, {@code -1} for short: multiply a signed rating or price move by it to read it "in the trade's favour". */
    public int sign() {
        return this == LONG ? 1 : -1;
    }

    @JsonValue
    public String json() {
        return json;
    }
}

package io.fastscanner.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How volatile the last candle is compared with the symbol's own recent history (ATR% percentile). */
public enum Volatility {
    LOW,
    MEDIUM,
    HIGH;

    /** Below the 33rd percentile is low, from the 67th up is high. */
    public static Volatility ofPercentile(double percentile) {
        if (percentile < 33.0) {
            return LOW;
        }
        return percentile >= 67.0 ? HIGH : MEDIUM;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

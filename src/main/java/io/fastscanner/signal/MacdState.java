package io.fastscanner.signal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * MACD momentum read from the histogram and its change: {@code bullish} when the histogram is positive and not
 * shrinking, {@code bearish} when it is negative and not rising, {@code neutral} otherwise (momentum fading or
 * no value yet).
 */
public enum MacdState {
    BULLISH,
    BEARISH,
    NEUTRAL;

    public static MacdState of(double histogram, double previousHistogram) {
        if (Double.isNaN(histogram) || Double.isNaN(previousHistogram)) {
            return NEUTRAL;
        }
        if (histogram > 0 && histogram >= previousHistogram) {
            return BULLISH;
        }
        if (histogram < 0 && histogram <= previousHistogram) {
            return BEARISH;
        }
        return NEUTRAL;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

package io.fastscanner.signal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Order of the short, medium and long EMAs: EMA9 > EMA21 > EMA50 is {@code bullish}, the reverse {@code bearish}. */
public enum EmaTrend {
    BULLISH,
    BEARISH,
    NEUTRAL;

    public static EmaTrend of(double ema9, double ema21, double ema50) {
        if (ema9 > ema21 && ema21 > ema50) {
            return BULLISH;
        }
        if (ema9 < ema21 && ema21 < ema50) {
            return BEARISH;
        }
        return NEUTRAL;
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

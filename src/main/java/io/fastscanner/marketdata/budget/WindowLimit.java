package io.fastscanner.marketdata.budget;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * One request limit of an exchange: at most {@code budget} weight per {@code window} (an exchange that counts
 * requests gives each a weight of 1), windows aligned to the epoch like the exchanges' (a 1-minute window starts at
 * each UTC minute), and {@code margin} for the difference between our clock and the exchange's (see
 * {@link WeightWindow}). {@code name} tells limits apart, also in Redis keys: {@code binance}, or per endpoint for an
 * exchange that limits each one, e.g. {@code okx:candles}.
 */
public record WindowLimit(String name, int budget, Duration window, Duration margin) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_:-]*");

    public WindowLimit {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a limit's name is lower-case letters, digits, '_', '-', ':': " + name);
        }
        if (budget < 1 || window.toMillis() < 1 || margin.isNegative() || margin.compareTo(window) >= 0) {
            throw new IllegalArgumentException("budget and window must be positive, margin shorter than the window");
        }
    }

    long windowMs() {
        return window.toMillis();
    }

    long marginMs() {
        return margin.toMillis();
    }

    /** The start of the window containing {@code nowMs}. */
    long windowStart(long nowMs) {
        return Math.floorDiv(nowMs, windowMs()) * windowMs();
    }
}

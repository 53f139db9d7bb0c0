package io.fastscanner.notify;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** The wait after a failed attempt: {@code first x 2^(attempt-1)}, at most {@code longest}, ±20 % jitter. */
record Backoff(Duration first, Duration longest) {

    static final double JITTER = 0.2;

    /** The wait after attempt {@code attempt} (1 for the first). */
    Duration after(int attempt) {
        long base = first.toMillis() << Math.min(20, Math.max(0, attempt - 1));
        long capped = Math.min(base, longest.toMillis());
        double factor = 1 + JITTER * (2 * ThreadLocalRandom.current().nextDouble() - 1);
        return Duration.ofMillis(Math.max(1, Math.round(capped * factor)));
    }
}

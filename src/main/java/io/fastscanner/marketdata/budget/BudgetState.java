package io.fastscanner.marketdata.budget;

import java.time.Instant;
import java.util.Optional;

/** A {@link RequestBudget} at {@code nowMs}: the weight counted in the current window, the pause and the ban. */
public record BudgetState(long nowMs, int used, long pausedUntilMs, long bannedUntilMs) {

    /** The end of the running 429 pause, if one runs. */
    public Optional<Instant> pauseEnd() {
        return pausedUntilMs > nowMs ? Optional.of(Instant.ofEpochMilli(pausedUntilMs)) : Optional.empty();
    }

    /** The end of the running ban, if one runs. */
    public Optional<Instant> banEnd() {
        return bannedUntilMs > nowMs ? Optional.of(Instant.ofEpochMilli(bannedUntilMs)) : Optional.empty();
    }
}

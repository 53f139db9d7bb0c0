package io.fastscanner.marketdata.budget;

/** What a {@link RequestBudget} answers to a request that asks to be sent. */
public sealed interface Admission {

    /** Counted at {@code atMs}: send it now, and give {@code atMs} to {@link RequestBudget#reportUsed}. */
    record Admitted(long atMs) implements Admission {}

    /** The window has no room for it: ask again in {@code waitMs}. */
    record WindowFull(long waitMs) implements Admission {}

    /** The exchange asked us to slow down (HTTP 429): nothing is sent until {@code untilMs}. */
    record Paused(long untilMs) implements Admission {}

    /** The exchange banned this IP (HTTP 418): nothing is sent until {@code untilMs}, and the request fails now. */
    record Banned(long untilMs) implements Admission {}
}

package io.fastscanner.marketdata.budget;

import io.smallrye.mutiny.Uni;

/**
 * The bookkeeping of one exchange limit ({@link WindowLimit}): the weight counted per window, the pause an HTTP 429
 * asks for and the ban of an HTTP 418. {@link LocalRequestBudget} keeps it in this process; {@link RedisRequestBudget}
 * in Redis, shared by every replica, because replicas leave through one IP and the exchange counts per IP. Each call
 * is atomic; times are given by the caller (the service's clock). No call waits: {@link BudgetGate} does the waiting.
 * A Redis budget that cannot reach Redis fails with {@link BudgetUnreachableException}.
 */
public sealed interface RequestBudget permits LocalRequestBudget, RedisRequestBudget {

    WindowLimit limit();

    /**
     * Refused during a ban, held during a pause or when {@code weight} does not fit the window (a weight above the
     * whole budget fits an empty window), else counted at {@code nowMs}; all in one step.
     */
    Uni<Admission> tryReserve(int weight, long nowMs);

    /**
     * The exchange's own count of the window, in the answer to a request admitted at {@code reservedAtMs}: raises
     * ours to it, unless that window is over or the request was admitted in its first {@code margin}.
     */
    Uni<Void> reportUsed(long reservedAtMs, int usedByExchange, long nowMs);

    /** Nothing is admitted before {@code untilMs} (a longer running pause stays); completes with the pause's end. */
    Uni<Long> pauseUntil(long untilMs, long nowMs);

    /** Every request is refused before {@code untilMs} (a longer running ban stays); completes with the ban's end. */
    Uni<Long> banUntil(long untilMs, long nowMs);

    Uni<BudgetState> state(long nowMs);

    /** Forgets counts, pause and ban (tests, which share one application across cases). */
    Uni<Void> clear();
}

package io.fastscanner.marketdata.budget;

import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * What every request to an exchange passes before it is sent: {@link #acquire} completes when its {@link RequestBudget}
 * admits it, after waiting for the next window or the end of a 429 pause, and fails at once during a ban. Waits are
 * Mutiny delays (no thread is blocked); times come from the service's clock.
 */
public final class BudgetGate {

    private static final Logger LOG = Logger.getLogger(BudgetGate.class);

    /** The failure of a request refused because a ban runs until {@code until}. */
    @FunctionalInterface
    public interface BanRefusal {
        RuntimeException refuse(Instant until, Instant now);
    }

    private final RequestBudget budget;
    private final Clock clock;

    public BudgetGate(RequestBudget budget, Clock clock) {
        this.budget = budget;
        this.clock = clock;
    }

    /** A gate whose bookkeeping stays in this process. */
    public static BudgetGate local(WindowLimit limit, Clock clock) {
        return new BudgetGate(new LocalRequestBudget(limit), clock);
    }

    public WindowLimit limit() {
        return budget.limit();
    }

    /**
     * Completes with the time the request was counted at once it may be sent (give it to {@link #reportUsed}); fails
     * with {@code refusal}'s exception while a ban runs, with {@link BudgetUnreachableException} when a shared budget
     * cannot be reached.
     */
    public Uni<Long> acquire(int weight, BanRefusal refusal) {
        return Uni.createFrom().deferred(() -> {
            long now = clock.millis();
            return budget.tryReserve(weight, now).onItem().transformToUni(admission -> {
                if (admission instanceof Admission.Admitted admitted) {
                    return Uni.createFrom().item(admitted.atMs());
                }
                if (admission instanceof Admission.WindowFull full) {
                    LOG.debugf(
                            "%s budget of %d reached, a request of weight %d waits %d ms",
                            budget.limit().name(), budget.limit().budget(), weight, full.waitMs());
                    return after(full.waitMs(), weight, refusal);
                }
                if (admission instanceof Admission.Paused paused) {
                    return after(paused.untilMs() - now, weight, refusal);
                }
                long until = ((Admission.Banned) admission).untilMs();
                return Uni.createFrom().failure(refusal.refuse(Instant.ofEpochMilli(until), Instant.ofEpochMilli(now)));
            });
        });
    }

    private Uni<Long> after(long waitMs, int weight, BanRefusal refusal) {
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(Duration.ofMillis(Math.max(1, waitMs)))
                .onItem()
                .transformToUni(ignored -> acquire(weight, refusal));
    }

    /** The exchange's count of the window, in the answer to a request counted at {@code reservedAt}. */
    public Uni<Void> reportUsed(long reservedAt, int usedByExchange) {
        return budget.reportUsed(reservedAt, usedByExchange, clock.millis());
    }

    /** HTTP 429: nothing is sent for {@code pause}; completes with the end of the (possibly longer) running pause. */
    public Uni<Instant> pauseFor(Duration pause) {
        long now = clock.millis();
        return budget.pauseUntil(now + pause.toMillis(), now).map(Instant::ofEpochMilli);
    }

    /** HTTP 418: every request fails until {@code until}; completes with the end of the (possibly longer) ban. */
    public Uni<Instant> banUntil(Instant until) {
        return budget.banUntil(until.toEpochMilli(), clock.millis()).map(Instant::ofEpochMilli);
    }

    public Uni<BudgetState> state() {
        return budget.state(clock.millis());
    }

    /** The current time of the service's clock. */
    public Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    /** Forgets counts, pause and ban (tests). */
    public Uni<Void> clear() {
        return budget.clear();
    }
}

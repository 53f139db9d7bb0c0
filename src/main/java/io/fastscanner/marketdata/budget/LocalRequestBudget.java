package io.fastscanner.marketdata.budget;

import io.smallrye.mutiny.Uni;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link RequestBudget} of this process only ({@code scanner.store=memory}): a {@link WeightWindow} and two ends. */
final class LocalRequestBudget implements RequestBudget {

    private final WindowLimit limit;
    private final WeightWindow window;
    private final AtomicLong pausedUntil = new AtomicLong();
    private final AtomicLong bannedUntil = new AtomicLong();

    LocalRequestBudget(WindowLimit limit) {
        this.limit = limit;
        this.window = new WeightWindow(limit.budget(), limit.windowMs(), limit.marginMs());
    }

    @Override
    public WindowLimit limit() {
        return limit;
    }

    @Override
    public Uni<Admission> tryReserve(int weight, long nowMs) {
        return Uni.createFrom().item(() -> admit(weight, nowMs));
    }

    private Admission admit(int weight, long nowMs) {
        long ban = bannedUntil.get();
        if (ban > nowMs) {
            return new Admission.Banned(ban);
        }
        long pause = pausedUntil.get();
        if (pause > nowMs) {
            return new Admission.Paused(pause);
        }
        long reserved = window.tryReserve(weight, nowMs);
        return reserved < 0 ? new Admission.WindowFull(-reserved) : new Admission.Admitted(reserved);
    }

    @Override
    public Uni<Void> reportUsed(long reservedAtMs, int usedByExchange, long nowMs) {
        return Uni.createFrom().item(() -> {
            window.reportUsed(reservedAtMs, usedByExchange, nowMs);
            return null;
        });
    }

    @Override
    public Uni<Long> pauseUntil(long untilMs, long nowMs) {
        return Uni.createFrom().item(() -> pausedUntil.accumulateAndGet(untilMs, Math::max));
    }

    @Override
    public Uni<Long> banUntil(long untilMs, long nowMs) {
        return Uni.createFrom().item(() -> bannedUntil.accumulateAndGet(untilMs, Math::max));
    }

    @Override
    public Uni<BudgetState> state(long nowMs) {
        return Uni.createFrom()
                .item(() -> new BudgetState(nowMs, window.used(nowMs), pausedUntil.get(), bannedUntil.get()));
    }

    @Override
    public Uni<Void> clear() {
        return Uni.createFrom().item(() -> {
            window.clear();
            pausedUntil.set(0);
            bannedUntil.set(0);
            return null;
        });
    }
}

package io.fastscanner.marketdata.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.testing.Waits;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RequestBudget} does, in this process or in Redis: the rules of {@link WeightWindowTest} and the
 * pause and ban. Times are given, a 1-minute window of budget 10 with a 100 ms margin starting at {@link #T}.
 */
abstract class RequestBudgetContract {

    /** The start of a window. */
    static final long T = 1_800_000_000_000L;

    static final WindowLimit LIMIT = new WindowLimit("test", 10, Duration.ofMinutes(1), Duration.ofMillis(100));
    static final long END = T + 60_000;

    abstract RequestBudget budget(WindowLimit limit);

    static Admission reserve(RequestBudget budget, int weight, long nowMs) {
        return budget.tryReserve(weight, nowMs).await().atMost(Waits.AT_MOST);
    }

    static int used(RequestBudget budget, long nowMs) {
        return state(budget, nowMs).used();
    }

    static BudgetState state(RequestBudget budget, long nowMs) {
        return budget.state(nowMs).await().atMost(Waits.AT_MOST);
    }

    static void report(RequestBudget budget, long reservedAt, int used, long nowMs) {
        budget.reportUsed(reservedAt, used, nowMs).await().atMost(Waits.AT_MOST);
    }

    @Test
    void requestsFitUntilTheBudgetThenWaitForTheNextWindow() {
        RequestBudget b = budget(LIMIT);
        assertThat(reserve(b, 4, T + 5_000)).isEqualTo(new Admission.Admitted(T + 5_000));
        assertThat(reserve(b, 6, T + 5_100)).isEqualTo(new Admission.Admitted(T + 5_100));
        assertThat(reserve(b, 2, T + 5_200)).isEqualTo(new Admission.WindowFull(END - (T + 5_200)));
        assertThat(used(b, T + 5_300)).isEqualTo(10);
        assertThat(reserve(b, 2, END)).isEqualTo(new Admission.Admitted(END));
        assertThat(used(b, END)).isEqualTo(2);
    }

    @Test
    void nearTheEndARequestCountsInBothWindows() {
        RequestBudget b = budget(LIMIT);
        assertThat(reserve(b, 8, END - 50)).isEqualTo(new Admission.Admitted(END - 50));
        assertThat(used(b, END)).isEqualTo(8);
        assertThat(reserve(b, 4, END + 10)).isEqualTo(new Admission.WindowFull(60_000 - 10));
        // the 8 counted near the end of the last window count in this one too: 2 still fit
        assertThat(reserve(b, 2, END + 10)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void theExchangesHigherCountWinsForItsWindowOnly() {
        RequestBudget b = budget(LIMIT);
        long reservedAt = ((Admission.Admitted) reserve(b, 2, T + 5_200)).atMs();
        report(b, reservedAt, 10, T + 5_250);
        assertThat(reserve(b, 2, T + 5_260)).isInstanceOf(Admission.WindowFull.class);
        report(b, reservedAt, 3, T + 5_270); // a lower count never lowers ours
        assertThat(used(b, T + 5_280)).isEqualTo(10);
        report(b, reservedAt, 10, END + 10); // a late report of the previous window changes nothing
        assertThat(used(b, END + 20)).isZero();
    }

    @Test
    void aReportForARequestReservedJustAfterTheWindowStartedMayBeThePreviousWindowsAndIsIgnored() {
        RequestBudget b = budget(LIMIT);
        assertThat(reserve(b, 8, END - 200)).isInstanceOf(Admission.Admitted.class);
        long early = ((Admission.Admitted) reserve(b, 2, END + 10)).atMs();
        report(b, early, 10, END + 60);
        assertThat(used(b, END + 70)).isEqualTo(2);
        assertThat(reserve(b, 2, END + 70)).isEqualTo(new Admission.Admitted(END + 70));
        long later = ((Admission.Admitted) reserve(b, 1, END + 200)).atMs();
        report(b, later, 10, END + 250);
        assertThat(reserve(b, 1, END + 260)).isInstanceOf(Admission.WindowFull.class);
    }

    @Test
    void aRequestHeavierThanTheBudgetFitsAnEmptyWindow() {
        RequestBudget b = budget(LIMIT);
        assertThat(reserve(b, 80, T + 5_000)).isEqualTo(new Admission.Admitted(T + 5_000));
        assertThat(reserve(b, 2, T + 5_001)).isInstanceOf(Admission.WindowFull.class);
    }

    @Test
    void aPauseHoldsEveryRequestUntilItEndsAndAShorterOneDoesNotShortenIt() {
        RequestBudget b = budget(LIMIT);
        long now = T + 1_000;
        assertThat(b.pauseUntil(now + 3_000, now).await().atMost(Waits.AT_MOST)).isEqualTo(now + 3_000);
        assertThat(b.pauseUntil(now + 1_000, now).await().atMost(Waits.AT_MOST)).isEqualTo(now + 3_000);
        assertThat(reserve(b, 1, now + 2_999)).isEqualTo(new Admission.Paused(now + 3_000));
        assertThat(state(b, now).pauseEnd()).hasValue(Instant.ofEpochMilli(now + 3_000));
        assertThat(reserve(b, 1, now + 3_000)).isEqualTo(new Admission.Admitted(now + 3_000));
        assertThat(state(b, now + 3_000).pauseEnd()).isEmpty();
    }

    @Test
    void aBanRefusesEveryRequestUntilItEndsEvenDuringAPause() {
        RequestBudget b = budget(LIMIT);
        long now = T + 1_000;
        b.pauseUntil(now + 9_000, now).await().atMost(Waits.AT_MOST);
        assertThat(b.banUntil(now + 4_000, now).await().atMost(Waits.AT_MOST)).isEqualTo(now + 4_000);
        assertThat(b.banUntil(now + 2_000, now).await().atMost(Waits.AT_MOST)).isEqualTo(now + 4_000);
        assertThat(reserve(b, 1, now + 3_999)).isEqualTo(new Admission.Banned(now + 4_000));
        assertThat(state(b, now + 3_999).banEnd()).hasValue(Instant.ofEpochMilli(now + 4_000));
        assertThat(reserve(b, 1, now + 4_000)).isEqualTo(new Admission.Paused(now + 9_000));
        assertThat(state(b, now + 4_000).banEnd()).isEmpty();
    }

    @Test
    void clearForgetsCountsPauseAndBan() {
        RequestBudget b = budget(LIMIT);
        long now = T + 1_000;
        reserve(b, 10, now);
        b.pauseUntil(now + 5_000, now).await().atMost(Waits.AT_MOST);
        b.banUntil(now + 5_000, now).await().atMost(Waits.AT_MOST);
        b.clear().await().atMost(Waits.AT_MOST);
        assertThat(state(b, now)).isEqualTo(new BudgetState(now, 0, 0, 0));
        assertThat(reserve(b, 10, now)).isEqualTo(new Admission.Admitted(now));
    }
}

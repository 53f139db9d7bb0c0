package io.fastscanner.marketdata.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightWindowTest {

    @Test
    void requestsFitUntilTheBudgetThenWaitForTheNextWindow() {
        WeightWindow w = new WeightWindow(10, 1000, 100);
        assertThat(w.tryReserve(4, 5_000)).isEqualTo(5_000);
        assertThat(w.tryReserve(6, 5_100)).isEqualTo(5_100);
        assertThat(w.tryReserve(2, 5_200)).isEqualTo(-800);
        assertThat(w.tryReserve(2, 6_000)).isEqualTo(6_000);
    }

    @Test
    void nearTheEndARequestCountsInBothWindows() {
        WeightWindow w = new WeightWindow(10, 1000, 100);
        assertThat(w.tryReserve(8, 5_950)).isEqualTo(5_950);
        assertThat(w.used(6_000)).isEqualTo(8);
        assertThat(w.tryReserve(4, 6_010)).isEqualTo(-990);
    }

    @Test
    void theExchangesHigherCountWinsForItsWindowOnly() {
        WeightWindow w = new WeightWindow(10, 1000, 100);
        long reservedAt = w.tryReserve(2, 5_200);
        w.reportUsed(reservedAt, 10, 5_250);
        assertThat(w.tryReserve(2, 5_260)).isNegative();
        w.reportUsed(reservedAt, 10, 6_010); // a late report of the previous window changes nothing
        assertThat(w.used(6_020)).isZero();
    }

    @Test
    void aReportForARequestReservedJustAfterTheWindowStartedMayBeThePreviousWindowsAndIsIgnored() {
        WeightWindow w = new WeightWindow(10, 1000, 100);
        assertThat(w.tryReserve(8, 5_800)).isEqualTo(5_800);
        // the window turns while the budget is spent; our clock runs a little ahead of the exchange's, so the first
        // request of the new window reaches the exchange's old one and comes back with its count
        long early = w.tryReserve(2, 6_010);
        w.reportUsed(early, 10, 6_060);
        assertThat(w.used(6_070)).isEqualTo(2);
        assertThat(w.tryReserve(2, 6_070)).isEqualTo(6_070);
        // a request reserved after the margin reports the new window's count, which counts again
        long later = w.tryReserve(1, 6_200);
        w.reportUsed(later, 10, 6_250);
        assertThat(w.tryReserve(1, 6_260)).isNegative();
    }

    @Test
    void aRequestHeavierThanTheBudgetFitsAnEmptyWindow() {
        WeightWindow w = new WeightWindow(20, 1000, 100);
        assertThat(w.tryReserve(80, 5_000)).isEqualTo(5_000);
        assertThat(w.tryReserve(2, 5_001)).isNegative();
    }
}

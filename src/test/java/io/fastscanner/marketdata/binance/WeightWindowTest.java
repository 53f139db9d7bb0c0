package io.fastscanner.marketdata.binance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeightWindowTest {

    @Test
    void requestsFitUntilTheBudgetThenWaitForTheNextWindow() {
        WeightWindow w = new WeightWindow(10, 1000, 100);
        assertThat(w.tryReserve(4, 5_000)).isEqualTo(5_000);
        assertThat(w.tryReserve(6, 5_100)).isEqualTo(5_000);
        assertThat(w.tryReserve(2, 5_200)).isEqualTo(-800);
        assertThat(w.tryReserve(2, 6_000)).isEqualTo(6_000);
    }

    @Test
    void nearTheEndARequestCountsInBothWindows() {
        WeightWindow w = new WeightWindow(10, 1000, 100);
        assertThat(w.tryReserve(8, 5_950)).isEqualTo(5_000);
        assertThat(w.used(6_000)).isEqualTo(8);
        assertThat(w.tryReserve(4, 6_010)).isEqualTo(-990);
    }

    @Test
    void theExchangesHigherCountWinsForItsWindowOnly() {
        WeightWindow w = new WeightWindow(10, 1000, 100);
        long window = w.tryReserve(2, 5_000);
        w.reportUsed(window, 10, 5_050);
        assertThat(w.tryReserve(2, 5_060)).isNegative();
        w.reportUsed(window, 10, 6_010); // a late report of the previous window changes nothing
        assertThat(w.used(6_020)).isZero();
    }

    @Test
    void aRequestHeavierThanTheBudgetFitsAnEmptyWindow() {
        WeightWindow w = new WeightWindow(20, 1000, 100);
        assertThat(w.tryReserve(80, 5_000)).isEqualTo(5_000);
        assertThat(w.tryReserve(2, 5_001)).isNegative();
    }
}

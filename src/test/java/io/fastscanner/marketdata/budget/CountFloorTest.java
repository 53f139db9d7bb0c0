package io.fastscanner.marketdata.budget;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountFloorTest {

    private final CountFloor floor = new CountFloor();

    @Test
    void aCountAtOrBelowTheLastSeenOfTheSameWindowIsCovered() {
        floor.saw(60_000, 120);
        floor.saw(60_000, 80); // an older answer arriving late lowers nothing

        assertThat(floor.covers(60_000, 120)).isTrue();
        assertThat(floor.covers(60_000, 121)).isFalse();
    }

    @Test
    void anotherWindowIsNeverCoveredAndANewerOneReplacesTheOld() {
        floor.saw(60_000, 500);
        assertThat(floor.covers(120_000, 1)).isFalse();

        floor.saw(120_000, 10);
        floor.saw(60_000, 900); // the window before, answered late
        assertThat(floor.covers(120_000, 10)).isTrue();
        assertThat(floor.covers(120_000, 11)).isFalse();
        assertThat(floor.covers(60_000, 1)).isFalse();
    }

    @Test
    void nothingIsCoveredOnceForgotten() {
        floor.saw(60_000, 500);
        floor.forget();

        assertThat(floor.covers(60_000, 1)).isFalse();
    }
}

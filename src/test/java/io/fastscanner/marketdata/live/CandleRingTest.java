package io.fastscanner.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Worked examples of the ring of closed candles: minute {@code m} is the candle opened at {@code m * 60 000}. */
class CandleRingTest {

    private static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");
    private static final long MINUTE = 60_000;

    private static Candle minute(int m) {
        return new Candle(m * MINUTE, 10 + m, 20 + m, 5 + m, 15 + m, 100 + m);
    }

    private static CandleRing ringOf(int capacity, int... minutes) {
        CandleRing ring = new CandleRing(capacity);
        for (int m : minutes) {
            ring.append(minute(m));
        }
        return ring;
    }

    private static List<Candle> all(CandleRing ring) {
        return IntStream.range(0, ring.size()).mapToObj(ring::get).toList();
    }

    @Test
    void appendedCandlesAreReadOldestFirst() {
        CandleRing ring = ringOf(4, 1, 2, 3);
        assertThat(ring.capacity()).isEqualTo(4);
        assertThat(ring.size()).isEqualTo(3);
        assertThat(all(ring)).containsExactly(minute(1), minute(2), minute(3));
        assertThat(ring.openTime(0)).isEqualTo(MINUTE);
        assertThat(ring.openTime(2)).isEqualTo(3 * MINUTE);
        assertThat(ring.lastOpenTime()).isEqualTo(3 * MINUTE);
    }

    @Test
    void aFullRingDropsTheOldestCandle() {
        CandleRing ring = ringOf(3, 1, 2, 3, 4, 5);
        assertThat(ring.size()).isEqualTo(3);
        assertThat(all(ring)).containsExactly(minute(3), minute(4), minute(5));
        assertThat(ring.openTime(0)).isEqualTo(3 * MINUTE);
        assertThat(ring.lastOpenTime()).isEqualTo(5 * MINUTE);

        ring.append(minute(6)); // wrapped around more than once
        ring.append(minute(7));
        ring.append(minute(8));
        ring.append(minute(9));
        assertThat(all(ring)).containsExactly(minute(7), minute(8), minute(9));
    }

    @Test
    void clearEmptiesTheRing() {
        CandleRing ring = ringOf(3, 1, 2, 3, 4);
        ring.clear();
        assertThat(ring.size()).isZero();
        assertThat(ring.indexOf(4 * MINUTE)).isEqualTo(-1);
        ring.append(minute(20));
        assertThat(all(ring)).containsExactly(minute(20));
    }

    @Test
    void indexOfFindsACandleByItsOpenTime() {
        CandleRing ring = ringOf(10, 1, 2, 4, 5); // minute 3 missing
        assertThat(ring.indexOf(MINUTE)).isZero();
        assertThat(ring.indexOf(4 * MINUTE)).isEqualTo(2);
        assertThat(ring.indexOf(5 * MINUTE)).isEqualTo(3);
        assertThat(ring.indexOf(3 * MINUTE)).isEqualTo(-1);
        assertThat(ring.indexOf(4 * MINUTE + 1)).isEqualTo(-1);
        assertThat(ring.indexOf(0)).isEqualTo(-1); // before the oldest
        assertThat(ring.indexOf(6 * MINUTE)).isEqualTo(-1); // after the newest
        assertThat(new CandleRing(10).indexOf(0)).isEqualTo(-1);
    }

    @Test
    void indexOfCountsFromTheOldestCandleKeptAfterAWrapAround() {
        CandleRing ring = ringOf(4, 1, 2, 3, 4, 5, 6); // keeps 3, 4, 5, 6
        assertThat(ring.indexOf(3 * MINUTE)).isZero();
        assertThat(ring.indexOf(5 * MINUTE)).isEqualTo(2);
        assertThat(ring.indexOf(6 * MINUTE)).isEqualTo(3);
        assertThat(ring.indexOf(2 * MINUTE)).isEqualTo(-1); // dropped
        assertThat(ring.get(ring.indexOf(5 * MINUTE))).isEqualTo(minute(5));
    }

    @Test
    void toSeriesGivesTheNewestCandlesAsAStreamedSeries() {
        CandleRing ring = ringOf(4, 1, 2, 3, 4, 5, 6); // keeps 3, 4, 5, 6
        CandleSeries series = ring.toSeries(ETH, Timeframe.M1, 3);
        assertThat(series.symbol()).isEqualTo(ETH);
        assertThat(series.timeframe()).isEqualTo(Timeframe.M1);
        assertThat(series.streamed()).isTrue();
        assertThat(series.openTimes()).containsExactly(4 * MINUTE, 5 * MINUTE, 6 * MINUTE);
        assertThat(series.opens()).containsExactly(14, 15, 16);
        assertThat(series.highs()).containsExactly(24, 25, 26);
        assertThat(series.lows()).containsExactly(9, 10, 11);
        assertThat(series.closes()).containsExactly(19, 20, 21);
        assertThat(series.volumes()).containsExactly(104, 105, 106);
        assertThat(series.lastCloseTimeMs()).isEqualTo(7 * MINUTE);

        // more than held: all of them
        assertThat(ring.toSeries(ETH, Timeframe.M1, 50).openTimes())
                .containsExactly(3 * MINUTE, 4 * MINUTE, 5 * MINUTE, 6 * MINUTE);
        assertThat(new CandleRing(4).toSeries(ETH, Timeframe.M1, 4).isEmpty()).isTrue();
    }

    @Test
    void aSeriesTakenFromTheRingDoesNotChangeWhenTheRingMovesOn() {
        CandleRing ring = ringOf(3, 1, 2, 3);
        CandleSeries before = ring.toSeries(ETH, Timeframe.M1, 3);
        ring.append(minute(4));
        ring.append(minute(5));
        assertThat(before.openTimes()).containsExactly(MINUTE, 2 * MINUTE, 3 * MINUTE);
        assertThat(before.closes()).containsExactly(16, 17, 18);
    }

    @Test
    void slicesOfAStreamedSeriesAreStreamedToo() {
        CandleSeries series = ringOf(10, 1, 2, 3, 4, 5).toSeries(ETH, Timeframe.M1, 5);
        CandleSeries slice = series.slice(1, 3);
        assertThat(slice.streamed()).isTrue();
        assertThat(slice.openTimes()).containsExactly(2 * MINUTE, 3 * MINUTE);
        CandleSeries last = series.last(2);
        assertThat(last.streamed()).isTrue();
        assertThat(last.openTimes()).containsExactly(4 * MINUTE, 5 * MINUTE);
        assertThat(series.last(9)).isSameAs(series);

        CandleSeries requested = CandleSeries.of(ETH, Timeframe.M1, List.of(minute(1), minute(2)));
        assertThat(requested.streamed()).isFalse();
        assertThat(requested.slice(0, 1).streamed()).isFalse();
        assertThat(requested.last(1).streamed()).isFalse();
    }
}

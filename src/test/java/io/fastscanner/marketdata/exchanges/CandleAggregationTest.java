package io.fastscanner.marketdata.exchanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleAggregationTest {

    private static final long HOUR = 3_600_000L;
    private static final long DAY = 24 * HOUR;

    @Test
    void fourHourCandlesFromEveryHourOfThem() {
        long t = Instant.parse("2026-05-01T04:00:00Z").toEpochMilli();
        List<Candle> hours = List.of(
                new Candle(t - HOUR, 9, 9, 9, 9, 1), // 03:00 belongs to the 00:00 candle, whose others are missing
                new Candle(t, 10, 12, 9, 11, 1),
                new Candle(t + HOUR, 11, 15, 10, 14, 2),
                new Candle(t + 2 * HOUR, 14, 14, 8, 9, 3),
                new Candle(t + 3 * HOUR, 9, 10, 9, 10, 4));

        assertThat(CandleAggregation.build(hours, Timeframe.H1, Timeframe.H4))
                .containsExactly(new Candle(t, 10, 15, 8, 10, 10));
    }

    @Test
    void anIntervalWithAFinerCandleMissingIsLeftOut() {
        long t = Instant.parse("2026-05-01T00:00:00Z").toEpochMilli();
        List<Candle> hours = new ArrayList<>();
        for (int h = 0; h < 8; h++) {
            if (h != 5) {
                hours.add(new Candle(t + h * HOUR, 1, 2, 1, 2, 1));
            }
        }

        assertThat(CandleAggregation.build(hours, Timeframe.H1, Timeframe.H4))
                .extracting(Candle::openTimeMs)
                .containsExactly(t);
    }

    @Test
    void weeksStartOnMondayLikeTheExchanges() {
        long monday = Instant.parse("2026-04-27T00:00:00Z").toEpochMilli();
        List<Candle> days = new ArrayList<>();
        for (int d = -2; d < 7; d++) {
            days.add(new Candle(monday + d * DAY, 100 + d, 110 + d, 90 + d, 101 + d, 1));
        }

        List<Candle> weeks = CandleAggregation.build(days, Timeframe.D1, Timeframe.W1);

        assertThat(weeks).containsExactly(new Candle(monday, 100, 116, 90, 107, 7));
    }

    @Test
    void onlyWholeAlignedMultiplesCanBeBuilt() {
        assertThat(CandleAggregation.parts(Timeframe.H1, Timeframe.H12)).isEqualTo(12);
        assertThatThrownBy(() -> CandleAggregation.parts(Timeframe.H4, Timeframe.H6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CandleAggregation.parts(Timeframe.H12, Timeframe.W1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package io.fastscanner.marketdata.exchanges;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Timeframe;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandlePagesTest {

    private static final long NOW = Instant.parse("2026-05-01T12:30:00Z").toEpochMilli();
    private static final long HOUR = 3_600_000L;
    private static final long LAST_CLOSED_1H =
            Instant.parse("2026-05-01T11:00:00Z").toEpochMilli();

    @Test
    void oneRequestWhenTheCandlesFitAPage() {
        CandlePages plan = CandlePages.plan(Timeframe.H1, Timeframe.H1, 200, NOW, 1000, Integer.MAX_VALUE);

        assertThat(plan.pages())
                .containsExactly(new CandlePages.Page(LAST_CLOSED_1H - 199 * HOUR, LAST_CLOSED_1H, 200));
    }

    @Test
    void pagesCoverTheRangeOldestFirstWithoutOverlap() {
        CandlePages plan = CandlePages.plan(Timeframe.H1, Timeframe.H1, 700, NOW, 300, Integer.MAX_VALUE);

        long from = LAST_CLOSED_1H - 699 * HOUR;
        assertThat(plan.pages())
                .containsExactly(
                        new CandlePages.Page(from, from + 299 * HOUR, 300),
                        new CandlePages.Page(from + 300 * HOUR, from + 599 * HOUR, 300),
                        new CandlePages.Page(from + 600 * HOUR, LAST_CLOSED_1H, 100));
    }

    @Test
    void aBuiltTimeframeAsksForEveryFinerCandleOfItsClosedCandles() {
        // 4h candles from 1h: the 4h candle open at 12:00 is forming, the last closed one opened at 08:00
        CandlePages plan = CandlePages.plan(Timeframe.H4, Timeframe.H1, 3, NOW, 1000, Integer.MAX_VALUE);

        long lastClosed4h = Instant.parse("2026-05-01T08:00:00Z").toEpochMilli();
        assertThat(plan.fetched()).isEqualTo(Timeframe.H1);
        assertThat(plan.pages())
                .containsExactly(new CandlePages.Page(lastClosed4h - 8 * HOUR, lastClosed4h + 3 * HOUR, 12));
    }

    @Test
    void nothingOlderThanTheExchangeServesIsAskedFor() {
        // Kraken serves the newest 720 rows, the forming one included: 719 closed ones at most
        CandlePages plan = CandlePages.plan(Timeframe.H1, Timeframe.H1, 1000, NOW, 720, 720);

        assertThat(plan.pages())
                .containsExactly(new CandlePages.Page(LAST_CLOSED_1H - 718 * HOUR, LAST_CLOSED_1H, 719));
    }
}

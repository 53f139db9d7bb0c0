package io.fastscanner.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on hand-made hourly candles: the signal is computed on candle 0 (close 100), the candles after it
 * decide. Each candle is written (low, high, close).
 */
class OutcomesTest {

    private static final double EPS = 1e-12;

    /** Candle 0 closes at 100; then one candle per (low, high, close) triple. */
    private static CandleSeries after(double... lowHighClose) {
        List<Candle> candles = new ArrayList<>();
        candles.add(new Candle(0, 100, 100, 100, 100, 1));
        for (int i = 0; i < lowHighClose.length; i += 3) {
            long open = (i / 3 + 1) * Timeframe.H1.millis();
            candles.add(new Candle(open, 100, lowHighClose[i + 1], lowHighClose[i], lowHighClose[i + 2], 1));
        }
        return CandleSeries.of(MarketSymbol.of("BTC", "USDT"), Timeframe.H1, candles);
    }

    @Test
    void aBuyWhoseTargetIsReachedFirst() {
        CandleSeries c = after(98, 103, 102, 101, 111, 110, 95, 104, 96); // the target 110 in candle 2, the stop later
        Outcome o = Outcomes.of(c, 0, SignalType.BUY, 3, 95.0, 110.0).orElseThrow();

        assertThat(o.levelHit()).isEqualTo(LevelHit.TARGET_FIRST);
        assertThat(o.bothInOneCandle()).isFalse();
        assertThat(o.forwardReturn()).isCloseTo(-0.04, within(EPS)); // 96 / 100 - 1
        assertThat(o.maxFavourable()).isCloseTo(0.11, within(EPS)); // high 111
        assertThat(o.maxAdverse()).isCloseTo(-0.05, within(EPS)); // low 95
    }

    @Test
    void aBuyWhoseStopIsReachedFirst() {
        CandleSeries c = after(94, 101, 97, 96, 112, 111);
        Outcome o = Outcomes.of(c, 0, SignalType.BUY, 2, 95.0, 110.0).orElseThrow();

        assertThat(o.levelHit()).isEqualTo(LevelHit.STOP_FIRST);
        assertThat(o.forwardReturn()).isCloseTo(0.11, within(EPS));
    }

    @Test
    void aCandleThatReachesBothLevelsCountsAsTheStopAndSaysSo() {
        CandleSeries c = after(94, 111, 105);
        Outcome o = Outcomes.of(c, 0, SignalType.BUY, 1, 95.0, 110.0).orElseThrow();

        assertThat(o.levelHit()).isEqualTo(LevelHit.STOP_FIRST);
        assertThat(o.bothInOneCandle()).isTrue();
    }

    @Test
    void aSellGainsWhenThePriceFalls() {
        CandleSeries c = after(97, 102, 98, 89, 99, 90); // stop 105 above, target 90 below
        Outcome o = Outcomes.of(c, 0, SignalType.SELL, 2, 105.0, 90.0).orElseThrow();

        assertThat(o.forwardReturn()).isCloseTo(0.10, within(EPS)); // 90: -10 % for a long, +10 % for the sell
        assertThat(o.maxFavourable()).isCloseTo(0.11, within(EPS)); // low 89
        assertThat(o.maxAdverse()).isCloseTo(-0.02, within(EPS)); // high 102
        assertThat(o.levelHit()).isEqualTo(LevelHit.TARGET_FIRST);
    }

    @Test
    void neitherLevelWithinTheHorizonAndNoLevelsAtAll() {
        CandleSeries c = after(99, 101, 100, 98, 102, 101);

        assertThat(Outcomes.of(c, 0, SignalType.BUY, 2, 95.0, 110.0)
                        .orElseThrow()
                        .levelHit())
                .isEqualTo(LevelHit.NEITHER);
        assertThat(Outcomes.of(c, 0, SignalType.HOLD, 2, null, null)
                        .orElseThrow()
                        .levelHit())
                .isEqualTo(LevelHit.NO_LEVELS);
    }

    @Test
    void notYetKnownUntilTheHorizonsCandlesHaveClosed() {
        CandleSeries c = after(99, 101, 100);

        assertThat(Outcomes.of(c, 0, SignalType.BUY, 1, null, null)).isPresent();
        assertThat(Outcomes.of(c, 0, SignalType.BUY, 2, null, null)).isEmpty();
        assertThatThrownBy(() -> Outcomes.of(c, 0, SignalType.BUY, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExcursionsNeverCountTheSignalsOwnCandle() {
        List<Candle> candles = List.of(
                new Candle(0, 100, 150, 50, 100, 1), // the signal candle's own range must not count
                new Candle(Timeframe.H1.millis(), 100, 101, 99, 100, 1));
        CandleSeries c = CandleSeries.of(MarketSymbol.of("BTC", "USDT"), Timeframe.H1, candles);
        Outcome o = Outcomes.of(c, 0, SignalType.BUY, 1, 60.0, 140.0).orElseThrow();

        assertThat(o.maxFavourable()).isCloseTo(0.01, within(EPS));
        assertThat(o.maxAdverse()).isCloseTo(-0.01, within(EPS));
        assertThat(o.levelHit()).isEqualTo(LevelHit.NEITHER);
    }
}

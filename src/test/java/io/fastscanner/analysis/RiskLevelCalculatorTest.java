package io.fastscanner.analysis;

import static io.fastscanner.analysis.TestCandles.flatThen;
import static io.fastscanner.analysis.TestCandles.fromMids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.signal.SignalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on candles built from mids (high = mid + 1, low = mid - 1, ATR(14) = 2): with the default
 * settings the stop is at least 3 from entry and a swing stop sits 0.2 beyond the swing.
 */
class RiskLevelCalculatorTest {

    private static final double EPS = 1e-9;

    private static RiskLevels compute(CandleSeries series, SignalType signal, double rating, RiskSettings settings) {
        return RiskLevelCalculator.compute(series, IndicatorSeries.compute(series), signal, rating, settings);
    }

    private static RiskLevels compute(CandleSeries series, SignalType signal, double rating) {
        return compute(series, signal, rating, RiskSettings.DEFAULTS);
    }

    @Test
    void longStopGoesBeyondTheMostRecentSwingLowAndTargetIsTwoR() {
        // swing low: mid 97 (low 96) at index 24; entry 102
        CandleSeries series = fromMids(flatThen(22, 100, 99, 98, 97, 98, 99, 100, 101, 102));

        RiskLevels r = compute(series, SignalType.BUY, 0.5);

        assertThat(r.direction()).isEqualTo(Direction.LONG);
        assertThat(r.leaning()).isFalse();
        assertThat(r.atr()).isCloseTo(2.0, within(EPS));
        assertThat(r.entry()).isEqualTo(102.0);
        assertThat(r.swingLevel()).isEqualTo(96.0);
        assertThat(r.stopLoss()).isCloseTo(95.8, within(EPS));
        assertThat(r.takeProfit()).isCloseTo(102 + 2 * 6.2, within(EPS));
        assertThat(r.riskReward()).isCloseTo(2.0, within(EPS));
        assertThat(r.takeProfitCappedBy()).isNull();
        assertThat(r.method()).isEqualTo("swing_low / 2R");
    }

    @Test
    void swingCloserThanTheAtrFloorGivesWayToEntryMinusKAtr() {
        // swing low: mid 99 (low 98) at index 22; swing high: mid 101 (high 102) at index 20; entry 101.5
        CandleSeries series = fromMids(flatThen(20, 100, 101, 100, 99, 100, 101, 101.5));

        RiskLevels r = compute(series, SignalType.BUY, 0.5, new RiskSettings(2.5, 2.0, 20));

        assertThat(r.swingLevel()).isEqualTo(98.0);
        assertThat(r.stopLoss()).isCloseTo(101.5 - 2.5 * 2, within(EPS));
        assertThat(r.method()).startsWith("swing_low+atr_floor / ");
    }

    @Test
    void capBelowOneRIsIgnoredAndSaidSo() {
        // the swing high at 102 is only 0.5 above entry 101.5 against a risk of 5
        CandleSeries series = fromMids(flatThen(20, 100, 101, 100, 99, 100, 101, 101.5));

        RiskLevels r = compute(series, SignalType.BUY, 0.5, new RiskSettings(2.5, 2.0, 20));

        assertThat(r.takeProfit()).isCloseTo(101.5 + 2 * 5, within(EPS));
        assertThat(r.takeProfitCappedBy()).isNull();
        assertThat(r.riskReward()).isCloseTo(2.0, within(EPS));
        assertThat(r.method()).isEqualTo("swing_low+atr_floor / 2R (swing_high cap <1R ignored)");
    }

    @Test
    void nearerSwingHighCapsTheLongTarget() {
        // peak mid 107 (high 108) at index 26, trough mid 101 (low 100) at index 32, entry 103
        CandleSeries series =
                fromMids(flatThen(20, 100, 101, 102, 103, 104, 105, 106, 107, 106, 105, 104, 103, 102, 101, 102, 103));

        RiskLevels r = compute(series, SignalType.BUY, 0.4);

        assertThat(r.stopLoss()).isCloseTo(99.8, within(EPS));
        assertThat(r.takeProfit()).isEqualTo(108.0);
        assertThat(r.takeProfitCappedBy()).isEqualTo(108.0);
        assertThat(r.riskReward()).isCloseTo(5.0 / 3.2, within(EPS));
        assertThat(r.method()).isEqualTo("swing_low / swing_high_cap");
    }

    @Test
    void shortIsTheMirrorImage() {
        // the previous series mirrored around 100: valley mid 93 (low 92), peak mid 99 (high 100), entry 97
        CandleSeries series = fromMids(flatThen(20, 100, 99, 98, 97, 96, 95, 94, 93, 94, 95, 96, 97, 98, 99, 98, 97));

        RiskLevels r = compute(series, SignalType.SELL, -0.4);

        assertThat(r.direction()).isEqualTo(Direction.SHORT);
        assertThat(r.swingLevel()).isEqualTo(100.0);
        assertThat(r.stopLoss()).isCloseTo(100.2, within(EPS));
        assertThat(r.takeProfit()).isEqualTo(92.0);
        assertThat(r.riskReward()).isCloseTo(5.0 / 3.2, within(EPS));
        assertThat(r.method()).isEqualTo("swing_high / swing_low_cap");
    }

    @Test
    void withoutSwingsTheStopIsAtrBased() {
        RiskLevels r = compute(fromMids(flatThen(30, 100)), SignalType.BUY, 0.3);

        assertThat(r.swingLevel()).isNull();
        assertThat(r.stopLoss()).isCloseTo(97.0, within(EPS));
        assertThat(r.takeProfit()).isCloseTo(106.0, within(EPS));
        assertThat(r.method()).isEqualTo("atr / 2R");
    }

    @Test
    void swingsOlderThanTheLookbackAreIgnored() {
        double[] mids = flatThen(22, 100, 99, 98, 97, 98, 99, 100, 101, 102);
        RiskLevels r = compute(fromMids(mids), SignalType.BUY, 0.5, new RiskSettings(1.5, 2.0, 5));

        assertThat(r.swingLevel()).isNull();
        assertThat(r.method()).startsWith("atr / ");
    }

    @Test
    void holdLeansToTheSideOfTheRatingsSign() {
        CandleSeries series = fromMids(flatThen(30, 100));

        RiskLevels down = compute(series, SignalType.HOLD, -0.05);
        RiskLevels flat = compute(series, SignalType.HOLD, 0.0);

        assertThat(down.direction()).isEqualTo(Direction.SHORT);
        assertThat(down.leaning()).isTrue();
        assertThat(down.stopLoss()).isCloseTo(103.0, within(EPS));
        assertThat(down.takeProfit()).isCloseTo(94.0, within(EPS));
        assertThat(flat.direction()).isEqualTo(Direction.LONG);
        assertThat(flat.leaning()).isTrue();
    }

    @Test
    void zeroAtrStillKeepsTheStopAwayFromEntry() {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candles.add(TestCandles.candle(i, 50, 50, 50, 50, 10));
        }
        RiskLevels r = compute(TestCandles.series(candles), SignalType.BUY, 0.2);

        assertThat(r.atr()).isZero();
        assertThat(r.stopLoss()).isLessThan(r.entry());
        assertThat(r.riskReward()).isCloseTo(2.0, within(EPS));
    }

    @Test
    void invariantsHoldOnRandomWalks() {
        Random random = new Random(42);
        for (int run = 0; run < 200; run++) {
            List<Candle> candles = new ArrayList<>();
            double close = 100;
            for (int i = 0; i < 60; i++) {
                double open = close;
                close = open * (1 + random.nextGaussian() * 0.01);
                candles.add(TestCandles.withRange(i, open, close, random.nextDouble(), 1));
            }
            CandleSeries series = TestCandles.series(candles);
            for (SignalType signal : SignalType.values()) {
                RiskLevels r = compute(
                        series,
                        signal,
                        random.nextDouble() * 2 - 1,
                        new RiskSettings(0.5 + random.nextDouble() * 2, 1 + random.nextDouble() * 2, 20));
                if (r.direction() == Direction.LONG) {
                    assertThat(r.stopLoss()).isLessThan(r.entry());
                    assertThat(r.takeProfit()).isGreaterThan(r.entry());
                } else {
                    assertThat(r.stopLoss()).isGreaterThan(r.entry());
                    assertThat(r.takeProfit()).isLessThan(r.entry());
                }
                double rr = Math.abs(r.takeProfit() - r.entry()) / Math.abs(r.entry() - r.stopLoss());
                assertThat(r.riskReward()).isCloseTo(rr, within(1e-9)).isGreaterThanOrEqualTo(1.0 - 1e-9);
                assertThat(Math.abs(r.entry() - r.stopLoss())).isGreaterThanOrEqualTo(r.atr() * 0.5 - 1e-9);
            }
        }
    }

    @Test
    void rejectsSeriesWithoutAnAtrValue() {
        assertThatThrownBy(() -> compute(fromMids(flatThen(10, 100)), SignalType.BUY, 0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void swingPointsNeedTwoStrictlyHigherLowsOnEachSide() {
        double[] lows = {5, 4, 3, 4, 5, 2, 1, 1, 3, 4};
        // index 2 (3) is a swing low; index 6 (1) ties with index 7, so it is not
        assertThat(SwingPoints.lows(lows, 10)).containsExactly(3.0);
        double[] highs = {1, 2, 5, 2, 1, 6, 1, 0};
        // index 5 is the last candle that can be a swing (two candles follow it); most recent first
        assertThat(SwingPoints.highs(highs, 8)).containsExactly(6.0, 5.0);
    }
}

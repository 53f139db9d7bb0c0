package io.fastscanner.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.signal.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The analysis on one candle of a longer series reads nothing after that candle. */
class AtCandleTest {

    @Test
    void aSwingCountsOnlyOnceTheCandlesAfterItUpToTheStepHaveClosed() {
        // The dip at index 5 (low 6) is a swing low once candles 6 and 7 have closed above it.
        double[] lows = TestCandles.fromMids(10, 10, 9, 9, 8, 7, 8, 9, 10, 11).lows();
        assertThat(SwingPoints.lows(lows, 10, 6)).isEmpty();
        assertThat(SwingPoints.lows(lows, 10, 7)).containsExactly(6.0);
        assertThat(SwingPoints.lows(lows, 10)).containsExactly(6.0);
    }

    @Test
    void riskLevelsOnAStepIgnoreASwingConfirmedLater() {
        double[] mids = TestCandles.flatThen(30, 100, 99, 98, 97, 96, 97, 98, 99);
        CandleSeries series = TestCandles.fromMids(mids);
        IndicatorSeries ind = IndicatorSeries.compute(series);
        int at = 35; // the dip at index 33 has only candle 34 and 35 after it: confirmed
        RiskLevels confirmed = RiskLevelCalculator.compute(series, ind, SignalType.BUY, 0.5, RiskSettings.DEFAULTS, at);
        RiskLevels early = RiskLevelCalculator.compute(series, ind, SignalType.BUY, 0.5, RiskSettings.DEFAULTS, 34);
        assertThat(confirmed.swingLevel()).isEqualTo(95.0);
        assertThat(early.swingLevel()).isNull();
        assertThat(early)
                .isEqualTo(RiskLevelCalculator.compute(
                        series.slice(0, 35),
                        IndicatorSeries.compute(series.slice(0, 35)),
                        SignalType.BUY,
                        0.5,
                        RiskSettings.DEFAULTS));
    }

    @Test
    void numbersOnlyLeavesOutTheReasonsAndNothingElse() {
        CandleSeries series = TestCandles.trend(300, 100, 0.3, 0.2);
        IndicatorSeries ind = IndicatorSeries.compute(series);
        for (int at : List.of(59, 150, 299)) {
            MarketRegime full = RegimeClassifier.classify(series, ind, at, Detail.FULL);
            MarketRegime numbers = RegimeClassifier.classify(series, ind, at, Detail.NUMBERS);
            assertThat(full.reasons()).isNotEmpty();
            assertThat(numbers.reasons()).isEmpty();
            assertThat(numbers)
                    .usingRecursiveComparison()
                    .ignoringFields("reasons")
                    .isEqualTo(full);
            CandleSeries cut = series.slice(0, at + 1);
            assertThat(full).isEqualTo(RegimeClassifier.classify(cut, IndicatorSeries.compute(cut)));
        }
    }

    @Test
    void volumeSurgeOnAStepReadsTheCandlesBeforeIt() {
        CandleSeries series = TestCandles.fromMids(TestCandles.flatThen(40, 100, 101, 102));
        assertThat(VolumeSurge.of(series, 20, 40)).isEqualTo(VolumeSurge.of(series.slice(0, 41), 20));
    }
}

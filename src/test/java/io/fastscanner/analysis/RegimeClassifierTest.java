package io.fastscanner.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeClassifierTest {

    private static MarketRegime classify(CandleSeries series) {
        return RegimeClassifier.classify(series, IndicatorSeries.compute(series));
    }

    @Test
    void steadyUptrendIsBullWithHighConfidence() {
        MarketRegime r = classify(TestCandles.trend(300, 100, 0.3, 0.2));

        assertThat(r.regime()).isEqualTo(Regime.BULL);
        assertThat(r.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
        assertThat(r.ema50()).isGreaterThan(r.ema200());
        assertThat(r.ema50Slope()).isPositive();
        assertThat(r.ema200Slope()).isPositive();
        assertThat(r.trendStrength()).isGreaterThanOrEqualTo(RegimeClassifier.TREND_ADX);
        // ATR lags the rising price, so ATR% drifts down to the bottom of its range
        assertThat(r.volatility()).isEqualTo(Volatility.LOW);
        assertThat(r.reasons()).anyMatch(s -> s.startsWith("bull:"));
    }

    @Test
    void steadyDowntrendIsBear() {
        MarketRegime r = classify(TestCandles.trend(300, 100, -0.3, 0.2));

        assertThat(r.regime()).isEqualTo(Regime.BEAR);
        assertThat(r.confidence()).isGreaterThan(0.5);
        assertThat(r.ema50()).isLessThan(r.ema200());
        assertThat(r.ema50Slope()).isNegative();
    }

    @Test
    void emaSlopeIsTheMeanPercentChangePerCandleOverTenCandles() {
        double[] values = {100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110};
        assertThat(Series.slopePercentPerCandle(values, 10)).isCloseTo(1.0, offset(1e-12));
        assertThat(Series.slopePercentPerCandle(new double[] {Double.NaN, 1, 2}, 2))
                .isNaN();
    }

    @Test
    void flatNoisySeriesIsRanging() {
        List<Candle> candles = new ArrayList<>();
        double previous = 100;
        for (int i = 0; i < 300; i++) {
            double close = 100 + 1.5 * Math.sin(i * 0.9) + 0.5 * Math.sin(i * 2.3);
            candles.add(TestCandles.withRange(i, previous, close, 0.3, 1000));
            previous = close;
        }
        MarketRegime r = classify(TestCandles.series(candles));

        assertThat(r.regime()).isEqualTo(Regime.RANGING);
        assertThat(r.trendStrength()).isLessThan(RegimeClassifier.TREND_ADX);
        assertThat(r.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void perfectlyFlatSeriesIsRangingWithFullConfidence() {
        MarketRegime r = classify(TestCandles.fromMids(TestCandles.flatThen(250, 100)));

        assertThat(r.regime()).isEqualTo(Regime.RANGING);
        assertThat(r.confidence()).isEqualTo(1.0);
        assertThat(r.atrPercentile()).isEqualTo(50.0);
    }

    @Test
    void calmSeriesEndingInABurstOfHugeRangesIsVolatile() {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double halfRange = i < 295 ? 0.5 : 6.0;
            candles.add(TestCandles.candle(i, 100, 100 + halfRange, 100 - halfRange, 100, 1000));
        }
        MarketRegime r = classify(TestCandles.series(candles));

        assertThat(r.regime()).isEqualTo(Regime.VOLATILE);
        assertThat(r.volatility()).isEqualTo(Volatility.HIGH);
        assertThat(r.atrPercentile()).isEqualTo(100.0);
        assertThat(r.confidence()).isEqualTo(1.0);
        assertThat(r.atrPercent()).isGreaterThan(1.0);
    }

    @Test
    void strongTrendWithWideningCandlesStaysATrendWithHighVolatility() {
        List<Candle> candles = new ArrayList<>();
        double close = 100;
        for (int i = 0; i < 300; i++) {
            double open = close;
            close = open * 1.004;
            candles.add(TestCandles.withRange(i, open, close, i < 296 ? 0.2 : 1.5, 1000));
        }
        MarketRegime r = classify(TestCandles.series(candles));

        assertThat(r.atrPercentile()).isGreaterThanOrEqualTo(RegimeClassifier.VOLATILE_PERCENTILE);
        assertThat(r.trendStrength()).isGreaterThanOrEqualTo(RegimeClassifier.CLEAN_TREND_ADX);
        assertThat(r.regime()).isEqualTo(Regime.BULL);
        assertThat(r.volatility()).isEqualTo(Volatility.HIGH);
    }

    @Test
    void withoutEnoughCandlesForEma200ItComparesEma21WithEma50AtLowerConfidence() {
        CandleSeries longHistory = TestCandles.trend(300, 100, 0.3, 0.2);
        MarketRegime full = classify(longHistory);
        MarketRegime shortHistory = classify(longHistory.last(150));

        assertThat(shortHistory.regime()).isEqualTo(Regime.BULL);
        assertThat(shortHistory.ema200()).isNull();
        assertThat(shortHistory.ema200Slope()).isNull();
        assertThat(shortHistory.confidence())
                .isLessThanOrEqualTo(RegimeClassifier.FALLBACK_CONFIDENCE)
                .isLessThan(full.confidence());
        assertThat(shortHistory.reasons()).anyMatch(s -> s.contains("EMA(21) vs EMA(50)"));
    }

    @Test
    void volatilityBandsFollowThePercentile() {
        assertThat(Volatility.ofPercentile(0)).isEqualTo(Volatility.LOW);
        assertThat(Volatility.ofPercentile(32.9)).isEqualTo(Volatility.LOW);
        assertThat(Volatility.ofPercentile(33)).isEqualTo(Volatility.MEDIUM);
        assertThat(Volatility.ofPercentile(66.9)).isEqualTo(Volatility.MEDIUM);
        assertThat(Volatility.ofPercentile(67)).isEqualTo(Volatility.HIGH);
    }

    @Test
    void percentileRankCountsStrictlyLowerValuesAndHalfTheTies() {
        assertThat(Series.percentileRankOfLast(new double[] {Double.NaN, 1, 2, 3, 4, 5}, 100))
                .isEqualTo(100.0);
        assertThat(Series.percentileRankOfLast(new double[] {5, 4, 3, 2, 1}, 100))
                .isEqualTo(0.0);
        assertThat(Series.percentileRankOfLast(new double[] {1, 3, 2}, 100)).isEqualTo(50.0);
        assertThat(Series.percentileRankOfLast(new double[] {2, 2, 2}, 100)).isEqualTo(50.0);
        // only the last `window` values count: 9 and 8 are outside a window of 3
        assertThat(Series.percentileRankOfLast(new double[] {9, 8, 1, 2, 3}, 3)).isEqualTo(100.0);
        assertThat(Series.percentileRankOfLast(new double[] {7}, 100)).isEqualTo(50.0);
    }

    @Test
    void rejectsSeriesTooShortForEma50AndItsSlope() {
        CandleSeries series = TestCandles.trend(RegimeClassifier.MIN_CANDLES - 1, 100, 0.3, 0.2);
        assertThatThrownBy(() -> classify(series))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least");
    }
}

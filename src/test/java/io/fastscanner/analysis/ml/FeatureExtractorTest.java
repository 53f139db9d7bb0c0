package io.fastscanner.analysis.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.indicators.Indicators;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeatureExtractorTest {

    private static final CandleSeries SERIES = SyntheticCandles.randomWalk("AAA", 11, 500, SyntheticCandles.START_MS);

    @Test
    void oneRowPerCandleWithOneValuePerName() {
        double[][] rows = FeatureExtractor.rows(SERIES);
        assertThat(FeatureExtractor.NAMES).hasSize(15).doesNotHaveDuplicates();
        assertThat(rows).hasNumberOfRows(SERIES.size());
        for (double[] row : rows) {
            assertThat(row).hasSize(FeatureExtractor.NAMES.size());
        }
    }

    @Test
    void warmUpRowsAreUnusableUntilEma200HasAValue() {
        double[][] rows = FeatureExtractor.rows(SERIES);
        double[] ema200 = Indicators.ema(SERIES.closes(), 200);
        int firstUsable = -1;
        for (int i = 0; i < rows.length; i++) {
            if (FeatureExtractor.usable(rows[i])) {
                firstUsable = i;
                break;
            }
        }
        assertThat(firstUsable).isEqualTo(199);
        assertThat(Double.isNaN(ema200[198])).isTrue();
        for (int i = firstUsable; i < rows.length; i++) {
            assertThat(FeatureExtractor.usable(rows[i])).as("row %d", i).isTrue();
        }
        for (double[] row : FeatureExtractor.rows(SERIES.slice(0, 150))) {
            assertThat(FeatureExtractor.usable(row)).isFalse();
        }
    }

    @Test
    void featuresMatchTheirDefinitions() {
        double[][] rows = FeatureExtractor.rows(SERIES);
        double[] c = SERIES.closes();
        int i = 321;
        double[] row = rows[i];
        assertThat(row[0]).isEqualTo(Math.log(c[i] / c[i - 1]));
        assertThat(row[1]).isEqualTo(Math.log(c[i] / c[i - 3]));
        assertThat(row[2]).isEqualTo(Math.log(c[i] / c[i - 6]));
        assertThat(row[3]).isEqualTo(Math.log(c[i] / c[i - 12]));
        assertThat(row[4]).isEqualTo(Math.log(c[i] / c[i - 24]));
        assertThat(row[5]).isEqualTo(Indicators.rsi(c, 14)[i] / 100);
        assertThat(row[6]).isEqualTo(Indicators.macd(c, 12, 26, 9).histogram()[i] / c[i]);
        assertThat(row[7]).isEqualTo(Indicators.atr(SERIES.highs(), SERIES.lows(), c, 14)[i] / c[i]);
        var bands = Indicators.bollinger(c, 20, 2, 2);
        assertThat(row[8]).isCloseTo((c[i] - bands.lower()[i]) / (bands.upper()[i] - bands.lower()[i]), within(1e-12));
        var adx = Indicators.adx(SERIES.highs(), SERIES.lows(), c, 14);
        assertThat(row[9]).isEqualTo(adx.adx()[i] / 100);
        assertThat(row[10]).isEqualTo((adx.plusDi()[i] - adx.minusDi()[i]) / 100);
        double[] v = SERIES.volumes();
        double mean = 0;
        for (int j = i - 20; j < i; j++) {
            mean += v[j] / 20;
        }
        double var = 0;
        for (int j = i - 20; j < i; j++) {
            var += (v[j] - mean) * (v[j] - mean) / 20;
        }
        assertThat(row[11]).isCloseTo((v[i] - mean) / Math.sqrt(var), within(1e-9));
        assertThat(row[12])
                .isEqualTo(Indicators.stochastic(SERIES.highs(), SERIES.lows(), c, 14, 3, 3)
                                .k()[i]
                        / 100);
        assertThat(row[13]).isEqualTo(c[i] / Indicators.ema(c, 50)[i] - 1);
        assertThat(row[14]).isEqualTo(c[i] / Indicators.ema(c, 200)[i] - 1);
    }

    @Test
    void constantVolumeHasAZeroZScore() {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            candles.add(
                    new Candle(SyntheticCandles.START_MS + i * SyntheticCandles.HOUR_MS, 10, 11, 9, 10 + i % 2, 500));
        }
        double[][] rows = FeatureExtractor.rows(CandleSeries.of(MarketSymbol.of("AAA", "USDT"), Timeframe.H1, candles));
        assertThat(rows[25][11]).isZero();
        assertThat(rows[19][11]).isNaN();
    }

    @Test
    void rowsDoNotChangeWhenLaterCandlesChange() {
        double[][] original = FeatureExtractor.rows(SERIES);
        SplittableRandom random = new SplittableRandom(99);
        for (int cut : new int[] {205, 300, 420, 498}) {
            List<Candle> altered = new ArrayList<>();
            for (int i = 0; i <= cut; i++) {
                altered.add(SERIES.candle(i));
            }
            double close = SERIES.candle(cut).close();
            for (int i = cut + 1; i < SERIES.size(); i++) {
                // a violent, unrelated future: +-10 % per candle and 50x volumes
                Candle next = SyntheticCandles.next(
                        SERIES.openTime(i), close, 0.1 * SyntheticCandles.gaussian(random), random);
                altered.add(new Candle(
                        next.openTimeMs(), next.open(), next.high(), next.low(), next.close(), next.volume() * 50));
                close = next.close();
            }
            double[][] changed = FeatureExtractor.rows(CandleSeries.of(SERIES.symbol(), Timeframe.H1, altered));
            double[][] truncated = FeatureExtractor.rows(SERIES.slice(0, cut + 1));
            for (int i = 0; i <= cut; i++) {
                assertThat(changed[i])
                        .as("row %d with the future after %d altered", i, cut)
                        .isEqualTo(original[i]);
                assertThat(truncated[i])
                        .as("row %d with the series ending at %d", i, cut)
                        .isEqualTo(original[i]);
            }
            assertThat(changed[cut + 1]).isNotEqualTo(original[cut + 1]);
        }
    }

    @Test
    void labelsLookExactlyHorizonCandlesAheadAndAreUndefinedAtTheEnd() {
        int h = 4;
        int[] labels = FeatureExtractor.labels(SERIES, h);
        double[] c = SERIES.closes();
        int n = c.length;
        assertThat(labels).hasSize(n);
        for (int i = 0; i < n - h; i++) {
            assertThat(labels[i]).isEqualTo(c[i + h] > c[i] ? 1 : 0);
        }
        for (int i = n - h; i < n; i++) {
            assertThat(labels[i]).isEqualTo(FeatureExtractor.UNDEFINED);
        }
        assertThat(FeatureExtractor.labels(SERIES, 1)[n - 2]).isEqualTo(c[n - 1] > c[n - 2] ? 1 : 0);
        assertThatThrownBy(() -> FeatureExtractor.labels(SERIES, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalClosesAreLabelledNotUp() {
        List<Candle> flat = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            flat.add(new Candle(SyntheticCandles.START_MS + i * SyntheticCandles.HOUR_MS, 5, 5, 5, 5, 1));
        }
        int[] labels = FeatureExtractor.labels(CandleSeries.of(MarketSymbol.of("AAA", "USDT"), Timeframe.H1, flat), 4);
        assertThat(labels).containsExactly(0, 0, 0, 0, 0, 0, -1, -1, -1, -1);
    }
}

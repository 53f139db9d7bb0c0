package io.fastscanner.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class IndicatorsTest {

    private static final double NaN = Double.NaN;

    @Test
    void smaOfOneToFive() {
        assertThat(Indicators.sma(new double[] {1, 2, 3, 4, 5}, 3)).containsExactly(NaN, NaN, 2, 3, 4);
    }

    @Test
    void emaIsSeededWithTheSmaOfItsFirstPeriod() {
        // seed (1+2+3)/3 = 2 on candle 2, then alpha 2/(3+1) = 0.5: 2 + 0.5*(4-2) = 3, 3 + 0.5*(5-3) = 4
        assertThat(Indicators.ema(new double[] {1, 2, 3, 4, 5}, 3)).containsExactly(NaN, NaN, 2, 3, 4);
    }

    @Test
    void rsiByHand() {
        // candle 2: gains 1, 1 -> 100; candle 3: avg gain (1*1 + 0)/2 = 0.5, avg loss (0*1 + 1)/2 = 0.5 -> 50
        assertThat(Indicators.rsi(new double[] {1, 2, 3, 2}, 2)).containsExactly(NaN, NaN, 100, 50);
    }

    @Test
    void obvStartsAtTheFirstVolume() {
        double[] close = {1, 2, 2, 1};
        double[] volume = {10, 20, 30, 40};
        assertThat(Indicators.obv(close, volume)).containsExactly(10, 30, 30, -10);
    }

    @Test
    void firstValuesSitAtTaLibsBeginIndex() {
        Candles c = Candles.wave(300, 100);
        assertThat(firstValid(Indicators.ema(c.close, 9))).isEqualTo(8);
        assertThat(firstValid(Indicators.ema(c.close, 200))).isEqualTo(199);
        assertThat(firstValid(Indicators.sma(c.close, 20))).isEqualTo(19);
        assertThat(firstValid(Indicators.rsi(c.close, 14))).isEqualTo(14);
        Macd macd = Indicators.macd(c.close, 12, 26, 9);
        assertThat(List.of(firstValid(macd.line()), firstValid(macd.signal()), firstValid(macd.histogram())))
                .containsOnly(33);
        assertThat(firstValid(Indicators.atr(c.high, c.low, c.close, 14))).isEqualTo(14);
        assertThat(firstValid(Indicators.bollinger(c.close, 20, 2, 2).lower())).isEqualTo(19);
        Adx adx = Indicators.adx(c.high, c.low, c.close, 14);
        assertThat(firstValid(adx.adx())).isEqualTo(27);
        assertThat(firstValid(adx.plusDi())).isEqualTo(14);
        assertThat(firstValid(adx.minusDi())).isEqualTo(14);
        Stochastic stoch = Indicators.stochastic(c.high, c.low, c.close, 14, 3, 3);
        assertThat(firstValid(stoch.k())).isEqualTo(17);
        assertThat(firstValid(stoch.d())).isEqualTo(17);
        assertThat(firstValid(Indicators.obv(c.close, c.volume))).isZero();
    }

    @Test
    void inputsShorterThanThePeriodGiveAllNaNOfTheSameLength() {
        Candles c = Candles.wave(5, 100);
        List<double[]> outputs = List.of(
                Indicators.ema(c.close, 9),
                Indicators.sma(c.close, 20),
                Indicators.rsi(c.close, 14),
                Indicators.macd(c.close, 12, 26, 9).histogram(),
                Indicators.atr(c.high, c.low, c.close, 14),
                Indicators.bollinger(c.close, 20, 2, 2).upper(),
                Indicators.adx(c.high, c.low, c.close, 14).adx(),
                Indicators.adx(c.high, c.low, c.close, 14).plusDi(),
                Indicators.stochastic(c.high, c.low, c.close, 14, 3, 3).d());
        for (double[] output : outputs) {
            assertThat(output).hasSize(5).containsOnly(NaN);
        }
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        double[] none = {};
        assertThat(Indicators.ema(none, 9)).isEmpty();
        assertThat(Indicators.obv(none, none)).isEmpty();
        assertThat(Indicators.adx(none, none, none, 14).minusDi()).isEmpty();
        assertThat(IndicatorSeries.compute(none, none, none, none, none).size()).isZero();
    }

    @Test
    void badParametersAreRejectedWithTheCallInTheMessage() {
        double[] close = Candles.wave(50, 100).close;
        assertThatThrownBy(() -> Indicators.ema(close, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EMA(1)");
        assertThatThrownBy(() -> Indicators.rsi(close, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSI(0)");
        assertThatThrownBy(() -> Indicators.bollinger(close, -3, 2, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BBANDS(-3");
    }

    @Test
    void inputsOfDifferentLengthsAreRejected() {
        assertThatThrownBy(() -> Indicators.atr(new double[3], new double[3], new double[4], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("differ in length");
        assertThatThrownBy(() -> Indicators.obv(new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bollingerBandsDoNotCollapseAtLowPrices() {
        // closes alternate 0.0100/0.0101: population sd 0.00005, variance 2.5e-9 (under TA-Lib Java's 1e-8 zero
        // test, far over TA-Lib C's 1e-14)
        double[] close = new double[40];
        for (int i = 0; i < close.length; i++) {
            close[i] = i % 2 == 0 ? 0.0100 : 0.0101;
        }
        Bollinger bb = Indicators.bollinger(close, 20, 2, 2);
        assertThat(bb.upper()[39] - bb.middle()[39]).isCloseTo(0.0001, within(1e-12));
        assertThat(bb.middle()[39] - bb.lower()[39]).isCloseTo(0.0001, within(1e-12));
    }

    @Test
    void rsiIsNotZeroedAtLowPrices() {
        // moves of 1e-9: average gain + loss ~1e-9, under TA-Lib Java's 1e-8 zero test
        double[] close = new double[30];
        for (int i = 0; i < close.length; i++) {
            close[i] = 1e-6 + (i % 3 == 0 ? 0 : 1e-9);
        }
        double rsi = Indicators.rsi(close, 14)[29];
        assertThat(rsi).isBetween(1.0, 99.0);
    }

    @Test
    void seriesSnapshotHasNullsBeforeEachIndicatorStarts() {
        Candles c = Candles.wave(300, 100);
        IndicatorSeries series = IndicatorSeries.compute(c.open, c.high, c.low, c.close, c.volume);
        assertThat(series.size()).isEqualTo(300);
        assertThat(series.close()).isSameAs(c.close);

        IndicatorSnapshot early = series.at(10);
        assertThat(early.ema9()).isEqualTo(series.ema9()[10]);
        assertThat(early.obv()).isNotNull();
        assertThat(early.ema21()).isNull();
        assertThat(early.macd()).isNull();
        assertThat(early.adx14()).isNull();

        IndicatorSnapshot last = series.at(299);
        assertThat(last).hasNoNullFieldsOrProperties();
        assertThat(last.ema200()).isEqualTo(Indicators.ema(c.close, 200)[299]);
        assertThat(last.stochD()).isEqualTo(series.stochastic().d()[299]);
        assertThat(last.bbLower()).isEqualTo(series.bollinger().lower()[299]);
    }

    @Test
    void seriesOfFewCandlesIsAllNull() {
        Candles c = Candles.wave(3, 100);
        IndicatorSnapshot s = IndicatorSeries.compute(c.open, c.high, c.low, c.close, c.volume)
                .at(2);
        assertThat(s).hasAllNullFieldsOrPropertiesExcept("obv");
        assertThatThrownBy(() -> IndicatorSeries.compute(c.open, c.high, c.low, c.close, c.volume)
                        .at(3))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void seriesFromCandleSeries() {
        List<Candle> candles = new ArrayList<>();
        Candles c = Candles.wave(60, 100);
        for (int i = 0; i < 60; i++) {
            candles.add(new Candle(i * 3_600_000L, c.open[i], c.high[i], c.low[i], c.close[i], c.volume[i]));
        }
        IndicatorSeries series =
                IndicatorSeries.compute(CandleSeries.of(MarketSymbol.of("BTC", "USDT"), Timeframe.H1, candles));
        assertThat(series.rsi14()).containsExactly(Indicators.rsi(c.close, 14));
    }

    private static int firstValid(double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** A deterministic wavy candle series. */
    private record Candles(double[] open, double[] high, double[] low, double[] close, double[] volume) {
        static Candles wave(int n, double level) {
            Function<Integer, Double> price = i -> level * (1 + 0.05 * Math.sin(i / 7.0) + 0.01 * Math.cos(i * 1.3));
            double[] o = new double[n];
            double[] h = new double[n];
            double[] l = new double[n];
            double[] c = new double[n];
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                o[i] = price.apply(i);
                c[i] = price.apply(i + 1);
                h[i] = Math.max(o[i], c[i]) * 1.002;
                l[i] = Math.min(o[i], c[i]) * 0.998;
                v[i] = 1000 + 100 * (i % 5);
            }
            return new Candles(o, h, l, c, v);
        }
    }
}

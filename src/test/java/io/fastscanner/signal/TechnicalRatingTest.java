package io.fastscanner.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.Timeframe;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Worked examples of the whole vote model on hand-made candle series. */
class TechnicalRatingTest {

    private static CandleSeries series(int n, IntToDoubleFunction closeAt) {
        List<Candle> candles = new ArrayList<>();
        double previous = closeAt.applyAsDouble(0);
        for (int i = 0; i < n; i++) {
            double close = closeAt.applyAsDouble(i);
            double open = previous;
            candles.add(new Candle(
                    i * 3_600_000L,
                    open,
                    Math.max(open, close) * 1.002,
                    Math.min(open, close) * 0.998,
                    close,
                    100 + i % 7));
            previous = close;
        }
        return CandleSeries.of(MarketSymbol.of("TEST", "USDT"), Timeframe.H1, candles);
    }

    private static Rating rate(CandleSeries s) {
        return TechnicalRating.rate(IndicatorSeries.compute(s));
    }

    @Test
    void aSteadyUptrendIsABuyWithEveryMovingAverageVotingBuy() {
        // +0.3 % per candle with a small wiggle: price above every average, MACD above signal, ADX trending up.
        Rating r = rate(series(300, i -> 100 * Math.pow(1.003, i) * (1 + 0.001 * Math.sin(i))));
        assertThat(r.movingAverages()).isEqualTo(1.0);
        assertThat(r.votes())
                .filteredOn(v -> v.indicator().equals("MACD(12,26,9)"))
                .extracting(Vote::value)
                .containsExactly(1);
        assertThat(r.votes())
                .filteredOn(v -> v.indicator().equals("ADX(14)"))
                .extracting(Vote::value)
                .containsExactly(1);
        assertThat(r.signal()).isEqualTo(SignalType.BUY);
        assertThat(r.rating()).isEqualTo((r.movingAverages() + r.oscillators()) / 2);
        assertThat(r.strength()).isEqualTo((int) Math.round(Math.abs(r.rating()) * 100));
        assertThat(r.emaTrend()).isEqualTo(EmaTrend.BULLISH);
    }

    @Test
    void aSteadyDowntrendIsTheMirrorImage() {
        Rating r = rate(series(300, i -> 100 * Math.pow(0.997, i) * (1 + 0.001 * Math.sin(i))));
        assertThat(r.movingAverages()).isEqualTo(-1.0);
        assertThat(r.signal()).isEqualTo(SignalType.SELL);
        assertThat(r.emaTrend()).isEqualTo(EmaTrend.BEARISH);
    }

    @Test
    void aFlatMarketIsAHoldWithZeroStrength() {
        // Every close at 100: price sits on every average, MACD is 0, no directional movement, no band break.
        Rating r = rate(series(300, i -> 100));
        assertThat(r.votes()).allMatch(v -> v.value() == 0);
        assertThat(r.signal()).isEqualTo(SignalType.HOLD);
        assertThat(r.strength()).isZero();
        assertThat(r.macd()).isEqualTo(MacdState.NEUTRAL);
    }

    @Test
    void withoutTwoHundredCandlesEma200DoesNotVote() {
        Rating r = rate(series(120, i -> 100 + i));
        assertThat(r.votes())
                .extracting(Vote::indicator)
                .doesNotContain("EMA(200)")
                .contains("EMA(50)");
    }

    @Test
    void tooFewCandlesCannotBeRated() {
        assertThatThrownBy(() -> rate(series(20, i -> 100 + i))).hasMessageContaining("at least 35");
    }

    @Test
    void strengthSpreadsAcrossRealSymbols() {
        ReplayDataSet data = ReplayDataSet.bundled();
        Set<Integer> strengths = new HashSet<>();
        for (MarketSymbol symbol : data.symbols()) {
            for (Timeframe tf : data.timeframes()) {
                CandleSeries s = data.series(symbol, tf).orElseThrow();
                strengths.add(rate(s.last(500)).strength());
            }
        }
        assertThat(strengths).hasSizeGreaterThan(8);
    }

    @Test
    void ratingACandleOfTheWholeSeriesEqualsRatingTheSeriesCutAfterIt() {
        // TA-Lib's indicators are causal: the value at candle i depends on candles 0..i only
        ReplayDataSet data = ReplayDataSet.bundled();
        int compared = 0;
        for (MarketSymbol symbol : data.symbols()) {
            CandleSeries full = data.series(symbol, Timeframe.H1).orElseThrow();
            IndicatorSeries ind = IndicatorSeries.compute(full);
            for (int i = TechnicalRating.MIN_CANDLES - 1; i < full.size(); i += 611) {
                Rating cut = rate(full.slice(0, i + 1));
                Rating walked = TechnicalRating.rate(ind, i);
                assertThat(walked).as("%s candle %d", symbol, i).isEqualTo(cut);
                compared++;
            }
            assertThat(TechnicalRating.rate(ind, full.size() - 1)).isEqualTo(TechnicalRating.rate(ind));
        }
        assertThat(compared).isGreaterThan(150);
    }

    @Test
    void aCandleOutsideTheSeriesOrWithoutHistoryCannotBeRated() {
        IndicatorSeries ind = IndicatorSeries.compute(series(100, i -> 100 + i));
        assertThatThrownBy(() -> TechnicalRating.rate(ind, 33)).hasMessageContaining("at least 35");
        assertThatThrownBy(() -> TechnicalRating.rate(ind, 100)).isInstanceOf(IllegalArgumentException.class);
    }
}

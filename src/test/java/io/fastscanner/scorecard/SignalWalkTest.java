package io.fastscanner.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import io.fastscanner.signal.TechnicalRating;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The walk uses at each candle only the candles closed then, and agrees with a live scan's 500 candles. */
class SignalWalkTest {

    private static final ReplayDataSet DATA = ReplayDataSet.bundled();

    /** The series with every candle after {@code t} replaced by a different, still valid, market. */
    private static CandleSeries rewrittenAfter(CandleSeries series, int t, long seed) {
        Random random = new Random(seed);
        List<Candle> candles = new ArrayList<>(series.size());
        double close = series.closes()[t];
        for (int i = 0; i < series.size(); i++) {
            if (i <= t) {
                candles.add(series.candle(i));
                continue;
            }
            double open = close;
            close = open * Math.exp(random.nextGaussian() * 0.05 + (random.nextBoolean() ? 0.03 : -0.03));
            double high = Math.max(open, close) * (1 + random.nextDouble() * 0.02);
            double low = Math.min(open, close) * (1 - random.nextDouble() * 0.02);
            candles.add(new Candle(series.openTime(i), open, high, low, close, random.nextDouble() * 1e6));
        }
        return CandleSeries.of(series.symbol(), series.timeframe(), candles);
    }

    @Test
    void changingEveryCandleAfterAStepChangesNoSignalUpToIt() {
        for (String name : List.of("BTC/USDT", "DOGE/USDT", "HOLO/USDT")) {
            CandleSeries series = DATA.series(MarketSymbol.parse(name).orElseThrow(), Timeframe.H1)
                    .orElseThrow();
            WalkedSeries original = SignalWalk.of(series);
            for (int t : List.of(SignalWalk.WARMUP, 1_000, series.size() / 2, series.size() - 25)) {
                WalkedSeries rewritten = SignalWalk.of(rewrittenAfter(series, t, t));
                int differentLater = 0;
                for (int i = SignalWalk.WARMUP; i < series.size(); i++) {
                    if (i <= t) {
                        assertThat(rewritten.signal(i))
                                .as("%s step %d (rewritten after %d)", name, i, t)
                                .isEqualTo(original.signal(i));
                        assertThat(rewritten.strength(i)).isEqualTo(original.strength(i));
                        assertThat(rewritten.rating(i)).isEqualTo(original.rating(i));
                    } else if (rewritten.signal(i) != original.signal(i)) {
                        differentLater++;
                    }
                }
                assertThat(differentLater)
                        .as("the rewrite changed the signals after step %d", t)
                        .isPositive();
            }
        }
    }

    @Test
    void theWalksSignalAgreesWithA500CandleScanAtMostSteps() {
        int same = 0;
        int sampled = 0;
        for (MarketSymbol symbol : DATA.symbols()) {
            CandleSeries series = DATA.series(symbol, Timeframe.H1).orElseThrow();
            WalkedSeries walk = SignalWalk.of(series);
            for (int t = SignalWalk.WARMUP; t < series.size(); t += 37) {
                SignalType live = TechnicalRating.rate(IndicatorSeries.compute(series.slice(t - 499, t + 1)))
                        .signal();
                same += live == walk.signal(t) ? 1 : 0;
                sampled++;
            }
        }
        double agreement = (double) same / sampled;
        System.out.printf(
                "walk vs 500-candle scan: %d of %d sampled steps agree (%.2f %%)%n", same, sampled, 100 * agreement);
        assertThat(sampled).isGreaterThan(2_500);
        assertThat(agreement).as("measured 99.87 %% on the bundled year").isGreaterThan(0.99);
    }

    @Test
    void aSeriesShorterThanTheWarmUpHasNoScoredCandle() {
        CandleSeries series = DATA.series(MarketSymbol.of("BTC", "USDT"), Timeframe.H1)
                .orElseThrow()
                .slice(0, SignalWalk.WARMUP);
        WalkedSeries walk = SignalWalk.of(series);
        assertThat(walk.scored(SignalWalk.WARMUP - 1)).isFalse();
        assertThat(walk.scored(SignalWalk.WARMUP)).isFalse();
    }
}

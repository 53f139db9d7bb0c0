package io.fastscanner.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.DeepAnalyzer;
import io.fastscanner.analysis.Detail;
import io.fastscanner.analysis.RegimeClassifier;
import io.fastscanner.analysis.RiskSettings;
import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.TechnicalRating;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeepHistoryTest {

    private static final int SAMPLES = 40;
    private static final RiskSettings RISK = RiskSettings.DEFAULTS;
    private static ReplayDataSet data;

    @BeforeAll
    static void load() {
        data = ReplayDataSet.bundled();
    }

    @Test
    void everyStepEqualsTheLiveAnalysisOfTheCandlesClosedByThen() {
        int compared = 0;
        for (MarketSymbol symbol : data.symbols()) {
            Map<Timeframe, CandleSeries> byTf = timeframes(symbol);
            CandleSeries primary = byTf.get(Timeframe.H1);
            DeepHistory history = DeepHistory.of(primary, IndicatorSeries.compute(primary), byTf, RISK, 0);
            int first = RegimeClassifier.MIN_CANDLES - 1;
            assertThat(history.opportunity(first - 1)).isNaN();
            assertThat(history.stopLoss(first - 1)).isNaN();
            assertThat(history.regime(first - 1)).isNull();
            for (int at : samples(first, primary.size())) {
                DeepAnalysis live = liveAnalysis(byTf, primary, at);
                String where = symbol + " at " + at;
                assertThat(history.opportunity(at))
                        .as(where)
                        .isEqualTo(live.opportunity().score());
                assertThat(history.stopLoss(at)).as(where).isCloseTo(live.slTp().stopLoss(), within(1e-9));
                assertThat(history.takeProfit(at))
                        .as(where)
                        .isCloseTo(live.slTp().takeProfit(), within(1e-9));
                assertThat(history.regime(at))
                        .as(where)
                        .isEqualTo(live.marketRegime().regime());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(data.symbols().size() * SAMPLES);
    }

    @Test
    void theIndexFormOfTheAnalysisIsTheLastCandleAnalysisOfTheCutSeries() {
        MarketSymbol symbol = MarketSymbol.of("ETH", "USDT");
        Map<Timeframe, CandleSeries> byTf = timeframes(symbol);
        CandleSeries primary = byTf.get(Timeframe.H1);
        IndicatorSeries ind = IndicatorSeries.compute(primary);
        for (int at : samples(RegimeClassifier.MIN_CANDLES - 1, primary.size())) {
            DeepAnalysis live = liveAnalysis(byTf, primary, at);
            Map<Timeframe, Rating> others = new EnumMap<>(Timeframe.class);
            for (Timeframe tf : List.of(Timeframe.H4, Timeframe.D1)) {
                CandleSeries closed = closedBy(byTf.get(tf), closeTime(primary, at));
                if (closed.size() >= TechnicalRating.MIN_CANDLES) {
                    others.put(tf, TechnicalRating.rate(IndicatorSeries.compute(closed)));
                }
            }
            DeepAnalysis atIndex = DeepAnalyzer.analyse(
                    primary,
                    ind,
                    at,
                    others,
                    TechnicalRating.rate(ind, at),
                    RISK,
                    null,
                    live.analyzedAt(),
                    Detail.FULL);
            // Whole records, reasons and notes included: the texts quote the same numbers.
            assertThat(atIndex.marketRegime()).as("at " + at).isEqualTo(live.marketRegime());
            assertThat(atIndex.slTp()).as("at " + at).isEqualTo(live.slTp());
            assertThat(atIndex.confluence()).as("at " + at).isEqualTo(live.confluence());
            assertThat(atIndex.opportunity()).as("at " + at).isEqualTo(live.opportunity());
        }
    }

    @Test
    void changingEveryCandleAfterAStepChangesNothingUpToIt() {
        MarketSymbol symbol = MarketSymbol.of("BTC", "USDT");
        Map<Timeframe, CandleSeries> byTf = timeframes(symbol);
        CandleSeries primary = byTf.get(Timeframe.H1);
        int t = primary.size() / 2 + 7;
        long cut = closeTime(primary, t);
        Map<Timeframe, CandleSeries> altered = new EnumMap<>(Timeframe.class);
        SplittableRandom random = new SplittableRandom(42);
        byTf.forEach((tf, series) -> altered.put(tf, alteredAfter(series, cut, random)));
        CandleSeries alteredPrimary = altered.get(Timeframe.H1);

        DeepHistory original = DeepHistory.of(primary, IndicatorSeries.compute(primary), byTf, RISK, 0);
        DeepHistory changed = DeepHistory.of(alteredPrimary, IndicatorSeries.compute(alteredPrimary), altered, RISK, 0);

        for (int at = RegimeClassifier.MIN_CANDLES - 1; at <= t; at++) {
            assertThat(changed.opportunity(at)).as("at " + at).isEqualTo(original.opportunity(at));
            assertThat(changed.stopLoss(at)).as("at " + at).isEqualTo(original.stopLoss(at));
            assertThat(changed.takeProfit(at)).as("at " + at).isEqualTo(original.takeProfit(at));
            assertThat(changed.regime(at)).as("at " + at).isEqualTo(original.regime(at));
        }
        int differentAfter = 0;
        for (int at = t + 1; at < primary.size(); at++) {
            if (changed.stopLoss(at) != original.stopLoss(at)) {
                differentAfter++;
            }
        }
        assertThat(differentAfter).as("the change reaches the steps after it").isPositive();
    }

    @Test
    void stepsBeforeTheFirstIndexHaveNoAnalysis() {
        Map<Timeframe, CandleSeries> byTf = timeframes(MarketSymbol.of("SOL", "USDT"));
        CandleSeries primary = byTf.get(Timeframe.H1);
        DeepHistory history = DeepHistory.of(primary, IndicatorSeries.compute(primary), byTf, RISK, 500);
        assertThat(history.size()).isEqualTo(primary.size());
        assertThat(history.opportunity(499)).isNaN();
        assertThat(history.takeProfit(499)).isNaN();
        assertThat(history.opportunity(500)).isBetween(0.0, 100.0);
        assertThat(history.takeProfit(500)).isPositive();
        assertThat(history.regime(500)).isNotNull();
    }

    /** What the scanner gives on the candles closed by the close of primary candle {@code at}, without ML. */
    private static DeepAnalysis liveAnalysis(Map<Timeframe, CandleSeries> byTf, CandleSeries primary, int at) {
        long closeTime = closeTime(primary, at);
        CandleSeries cut = primary.slice(0, at + 1);
        Map<Timeframe, CandleSeries> closed = new EnumMap<>(Timeframe.class);
        byTf.forEach((tf, series) -> closed.put(tf, tf == Timeframe.H1 ? cut : closedBy(series, closeTime)));
        return DeepAnalyzer.analyse(
                cut,
                closed,
                TechnicalRating.rate(IndicatorSeries.compute(cut)),
                RISK,
                null,
                Instant.ofEpochMilli(closeTime));
    }

    private static Map<Timeframe, CandleSeries> timeframes(MarketSymbol symbol) {
        Map<Timeframe, CandleSeries> byTf = new EnumMap<>(Timeframe.class);
        for (Timeframe tf : List.of(Timeframe.H1, Timeframe.H4, Timeframe.D1)) {
            byTf.put(tf, data.series(symbol, tf).orElseThrow());
        }
        return byTf;
    }

    /** Evenly spread steps from {@code first} to the last candle, both included. */
    private static int[] samples(int first, int size) {
        int[] steps = new int[SAMPLES];
        for (int k = 0; k < SAMPLES; k++) {
            steps[k] = first + (int) ((long) (size - 1 - first) * k / (SAMPLES - 1));
        }
        return steps;
    }

    private static long closeTime(CandleSeries series, int i) {
        return series.openTime(i) + series.timeframe().millis();
    }

    private static CandleSeries closedBy(CandleSeries series, long closeTime) {
        int count = 0;
        while (count < series.size() && closeTime(series, count) <= closeTime) {
            count++;
        }
        return series.slice(0, count);
    }

    /** The series with every candle that closes after {@code cut} moved by a random factor and volume. */
    private static CandleSeries alteredAfter(CandleSeries series, long cut, SplittableRandom random) {
        List<Candle> candles = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            Candle c = series.candle(i);
            if (closeTime(series, i) > cut) {
                double f = 0.8 + 0.4 * random.nextDouble();
                c = new Candle(
                        c.openTimeMs(),
                        c.open() * f,
                        c.high() * f * 1.01,
                        c.low() * f * 0.99,
                        c.close() * f,
                        c.volume() * (0.5 + random.nextDouble()));
            }
            candles.add(c);
        }
        return CandleSeries.of(series.symbol(), series.timeframe(), candles);
    }
}

package io.fastscanner.scorecard;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.DeepAnalyzer;
import io.fastscanner.analysis.Detail;
import io.fastscanner.analysis.Regime;
import io.fastscanner.analysis.RegimeClassifier;
import io.fastscanner.analysis.RiskLevels;
import io.fastscanner.analysis.RiskSettings;
import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.TechnicalRating;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The deep analysis the scanner would have given on every candle of a recorded series, each from the candles closed
 * by then: what {@link DeepAnalyzer} gives on the series cut after that candle, with the other timeframes cut to
 * their candles closed by that candle's close. Indicators are computed once per series (they are causal: a value
 * depends on the candles up to it only), so a year of hourly candles is one pass, not a re-analysis per step.
 *
 * <p>The ML probability is left out: a model trained on the same candles would have seen the outcomes it is
 * judged on, and training one inside the walk on the past only is another experiment. The opportunity score is
 * therefore the one the scanner gives when the model has no edge (its weight spread over the other components).
 *
 * <p>A candle has no analysis (NaN, null) before {@code fromIndex} and before {@link RegimeClassifier#MIN_CANDLES}
 * candles have closed, where the scanner could not analyse either.
 */
public final class DeepHistory {

    private final double[] opportunity;
    private final double[] stopLoss;
    private final double[] takeProfit;
    private final Regime[] regime;

    private DeepHistory(double[] opportunity, double[] stopLoss, double[] takeProfit, Regime[] regime) {
        this.opportunity = opportunity;
        this.stopLoss = stopLoss;
        this.takeProfit = takeProfit;
        this.regime = regime;
    }

    /**
     * @param primary         the walked series
     * @param ind             its indicators, computed once
     * @param otherTimeframes candles of the other confluence timeframes (an entry for the primary timeframe is
     *                        ignored); each timeframe's indicators are computed once here
     * @param fromIndex       the first candle to analyse
     */
    public static DeepHistory of(
            CandleSeries primary,
            IndicatorSeries ind,
            Map<Timeframe, CandleSeries> otherTimeframes,
            RiskSettings risk,
            int fromIndex) {
        int n = primary.size();
        if (ind.size() != n) {
            throw new IllegalArgumentException("candles (" + n + ") and indicators (" + ind.size() + ") differ");
        }
        double[] opportunity = nanArray(n);
        double[] stopLoss = nanArray(n);
        double[] takeProfit = nanArray(n);
        Regime[] regime = new Regime[n];
        List<ClosedCandles> others = otherTimeframes.entrySet().stream()
                .filter(e -> e.getKey() != primary.timeframe())
                .map(e -> new ClosedCandles(e.getKey(), e.getValue()))
                .toList();
        long step = primary.timeframe().millis();
        int first = Math.max(fromIndex, Math.max(RegimeClassifier.MIN_CANDLES, TechnicalRating.MIN_CANDLES) - 1);
        for (int at = Math.max(0, first); at < n; at++) {
            long closeTime = primary.openTime(at) + step;
            Map<Timeframe, Rating> ratings = new LinkedHashMap<>();
            for (ClosedCandles other : others) {
                Rating rating = other.ratingClosedBy(closeTime);
                if (rating != null) {
                    ratings.put(other.timeframe, rating);
                }
            }
            Rating rating = TechnicalRating.rate(ind, at);
            DeepAnalysis deep = DeepAnalyzer.analyse(
                    primary, ind, at, ratings, rating, risk, null, Instant.ofEpochMilli(closeTime), Detail.NUMBERS);
            RiskLevels levels = deep.slTp();
            opportunity[at] = deep.opportunity().score();
            stopLoss[at] = levels.stopLoss();
            takeProfit[at] = levels.takeProfit();
            regime[at] = deep.marketRegime().regime();
        }
        return new DeepHistory(opportunity, stopLoss, takeProfit, regime);
    }

    public int size() {
        return opportunity.length;
    }

    /** The opportunity score 0-100 on candle {@code i}; NaN where it has no analysis. */
    public double opportunity(int i) {
        return opportunity[i];
    }

    /** The stop-loss for entering at candle {@code i}'s close; NaN where it has no analysis. */
    public double stopLoss(int i) {
        return stopLoss[i];
    }

    /** The take-profit for entering at candle {@code i}'s close; NaN where it has no analysis. */
    public double takeProfit(int i) {
        return takeProfit[i];
    }

    /** The market regime on candle {@code i}; null where it has no analysis. */
    public Regime regime(int i) {
        return regime[i];
    }

    private static double[] nanArray(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    /**
     * One other timeframe walked alongside the primary: a pointer to its candles closed by the step's close time
     * (steps only move forward) and their ratings, each computed once.
     */
    private static final class ClosedCandles {
        private final Timeframe timeframe;
        private final CandleSeries series;
        private final IndicatorSeries ind;
        private final Rating[] ratings;
        private int closed;

        ClosedCandles(Timeframe timeframe, CandleSeries series) {
            this.timeframe = Objects.requireNonNull(timeframe);
            this.series = series;
            this.ind = IndicatorSeries.compute(series);
            this.ratings = new Rating[series.size()];
        }

        /** The rating on the newest candle closed by {@code closeTime}; null with too few such candles to rate. */
        Rating ratingClosedBy(long closeTime) {
            long length = timeframe.millis();
            while (closed < series.size() && series.openTime(closed) + length <= closeTime) {
                closed++;
            }
            if (closed < TechnicalRating.MIN_CANDLES) {
                return null;
            }
            int last = closed - 1;
            if (ratings[last] == null) {
                ratings[last] = TechnicalRating.rate(ind, last);
            }
            return ratings[last];
        }
    }
}

package io.fastscanner.analysis;

import io.fastscanner.analysis.ml.MlPrediction;
import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.TechnicalRating;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One symbol's deep analysis from its candles: regime and risk levels on the scan's timeframe, the vote model on
 * every timeframe for confluence, the volume surge, and the opportunity score that combines them (with the ML
 * probability only when the model has an edge).
 */
public final class DeepAnalyzer {

    private DeepAnalyzer() {}

    /**
     * @param primary   the scan timeframe's candles (the quick signal's series)
     * @param byTimeframe candles of every confluence timeframe that could be fetched (may include the primary)
     * @param rating    the quick signal's rating on {@code primary}
     * @param ml        the ML prediction, or null when the model is off or failed
     */
    public static DeepAnalysis analyse(
            CandleSeries primary,
            Map<Timeframe, CandleSeries> byTimeframe,
            Rating rating,
            RiskSettings risk,
            MlPrediction ml,
            Instant analyzedAt) {
        IndicatorSeries ind = IndicatorSeries.compute(primary);
        Map<Timeframe, Rating> others = new LinkedHashMap<>();
        byTimeframe.forEach((tf, series) -> {
            if (tf != primary.timeframe() && series.size() >= TechnicalRating.MIN_CANDLES) {
                others.put(tf, TechnicalRating.rate(IndicatorSeries.compute(series)));
            }
        });
        return analyse(primary, ind, primary.size() - 1, others, rating, risk, ml, analyzedAt, Detail.FULL);
    }

    /**
     * The deep analysis on candle {@code at} of {@code primary}, from its indicators computed once over the whole
     * series. It reads nothing after {@code at}: on a series cut after {@code at} it is the last-candle analysis.
     *
     * @param ind          {@code primary}'s indicators
     * @param otherRatings the quick signal's rating on each other confluence timeframe, from its candles closed by
     *                     the close of candle {@code at}; a rating of the primary timeframe here is ignored
     * @param rating       the quick signal's rating on candle {@code at}
     * @param detail       {@link Detail#NUMBERS} leaves the market regime's reasons out, nothing else
     */
    public static DeepAnalysis analyse(
            CandleSeries primary,
            IndicatorSeries ind,
            int at,
            Map<Timeframe, Rating> otherRatings,
            Rating rating,
            RiskSettings risk,
            MlPrediction ml,
            Instant analyzedAt,
            Detail detail) {
        MarketRegime regime = RegimeClassifier.classify(primary, ind, at, detail);
        RiskLevels levels = RiskLevelCalculator.compute(primary, ind, rating.signal(), rating.rating(), risk, at);
        Map<Timeframe, Rating> ratings = new LinkedHashMap<>(otherRatings);
        ratings.put(primary.timeframe(), rating);
        Confluence confluence = ConfluenceAnalyzer.analyze(ratings);
        VolumeSurge volume = VolumeSurge.of(primary, VolumeSurge.DEFAULT_LOOKBACK, at);
        // The scorer weighs the probability only when the model has an edge, and says so when it has none.
        Opportunity opportunity = OpportunityScorer.score(
                rating,
                regime,
                levels,
                confluence,
                volume,
                ml == null ? null : ml.probabilityUp(),
                ml != null && ml.hasEdge());
        return DeepAnalysis.of(primary.timeframe(), analyzedAt, opportunity, regime, levels, confluence, ml);
    }
}

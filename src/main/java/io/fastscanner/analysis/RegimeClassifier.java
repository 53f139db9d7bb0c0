package io.fastscanner.analysis;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import java.util.function.Supplier;

/**
 * Classifies the market regime on the last candle of a series (or on any candle of it, reading none after it).
 *
 * <p>Inputs: ADX(14); ATR% = ATR(14) / close x 100 and its percentile rank among the symbol's last
 * {@value #PERCENTILE_WINDOW} ATR% values (volatility: low below 33, high from 67, medium between); a fast and a
 * slow EMA and their slopes (mean percent change per candle over the last {@value #SLOPE_CANDLES} candles). The
 * EMA pair is EMA(50) / EMA(200); with too few candles for EMA(200)'s slope (fewer than 210) it falls back to
 * EMA(21) / EMA(50) and every EMA-based confidence is multiplied by {@value #FALLBACK_CONFIDENCE}.
 *
 * <p>Rules, first match wins:
 * <ol>
 * <li><b>volatile</b>: ATR% percentile >= {@value #VOLATILE_PERCENTILE} and no clean trend, where a clean trend is
 * the bull or bear rule below with ADX >= {@value #CLEAN_TREND_ADX}. A strong trend with big candles stays a trend
 * (with volatility high).</li>
 * <li><b>bull</b>: fast EMA > slow EMA, fast EMA slope > 0 and ADX >= {@value #TREND_ADX}.</li>
 * <li><b>bear</b>: fast EMA &lt; slow EMA, fast EMA slope &lt; 0 and ADX >= {@value #TREND_ADX}.</li>
 * <li><b>ranging</b>: otherwise.</li>
 * </ol>
 *
 * <p>Confidence, in [0, 1]:
 * <ul>
 * <li>bull / bear: 0.4 x clamp((ADX - 20) / 20) + 0.3 x clamp(|EMA gap %| / 3) + 0.3 x (1 if the slow EMA slopes
 * the same way as the fast one, else 0.5). Full marks need ADX >= 40, a 3% gap between the EMAs and both rising
 * (falling).</li>
 * <li>ranging: 0.6 x clamp((25 - ADX) / 15) + 0.4 x (1 - clamp(|EMA gap %| / 3)): full marks for ADX <= 10 with
 * the EMAs on top of each other.</li>
 * <li>volatile: 0.5 + 0.5 x clamp((percentile - 90) / 10): 0.5 at the 90th percentile, 1 at the top.</li>
 * </ul>
 */
public final class RegimeClassifier {

    /** EMA(50) needs 50 candles and its slope 10 more. */
    public static final int MIN_CANDLES = 60;

    public static final double TREND_ADX = 20.0;
    public static final double CLEAN_TREND_ADX = 25.0;
    public static final double VOLATILE_PERCENTILE = 90.0;
    public static final int PERCENTILE_WINDOW = 100;
    public static final int SLOPE_CANDLES = 10;
    public static final double FALLBACK_CONFIDENCE = 0.75;
    /** EMA gap (percent of the slow EMA) that earns full marks. */
    static final double FULL_GAP_PERCENT = 3.0;

    private RegimeClassifier() {}

    public static MarketRegime classify(CandleSeries series, IndicatorSeries ind) {
        return classify(series, ind, ind.size() - 1, Detail.FULL);
    }

    /**
     * The regime on candle {@code at}, from indicators computed once over the whole series: reads nothing after
     * {@code at}, so it equals {@link #classify(CandleSeries, IndicatorSeries)} on the series cut after {@code at}
     * (without the reasons when {@code detail} is {@link Detail#NUMBERS}).
     */
    public static MarketRegime classify(CandleSeries series, IndicatorSeries ind, int at, Detail detail) {
        int n = ind.size();
        if (series.size() != n) {
            throw new IllegalArgumentException("candles (" + series.size() + ") and indicators (" + n + ") differ");
        }
        if (at + 1 < MIN_CANDLES) {
            throw new IllegalArgumentException("need at least " + MIN_CANDLES + " candles, got " + (at + 1));
        }
        Objects.checkIndex(at, n);
        boolean explain = detail == Detail.FULL;
        List<String> reasons = new ArrayList<>();

        double adx = ind.adx().adx()[at];
        IntToDoubleFunction atrPercents = i -> atrPercent(ind, i);
        double atrPercent = atrPercents.applyAsDouble(at);
        double percentile = Series.percentileRank(atrPercents, at, PERCENTILE_WINDOW);
        Volatility volatility = Volatility.ofPercentile(percentile);
        if (explain) {
            reasons.add(fmt(
                    "ATR%% %.3f at percentile %.0f of the last %d candles: volatility %s",
                    atrPercent, percentile, Series.finiteCount(atrPercents, at, PERCENTILE_WINDOW), volatility.json()));
        }

        double[] ema200 = ind.ema200();
        double ema200Slope = Series.slopePercentPerCandle(ema200, SLOPE_CANDLES, at);
        double ema50Slope = Series.slopePercentPerCandle(ind.ema50(), SLOPE_CANDLES, at);
        boolean fallback = Double.isNaN(ema200Slope);
        EmaPair pair = fallback
                ? new EmaPair(
                        "EMA(21)",
                        "EMA(50)",
                        ind.ema21()[at],
                        ind.ema50()[at],
                        Series.slopePercentPerCandle(ind.ema21(), SLOPE_CANDLES, at),
                        ema50Slope)
                : new EmaPair("EMA(50)", "EMA(200)", ind.ema50()[at], ema200[at], ema50Slope, ema200Slope);
        if (fallback && explain) {
            reasons.add(fmt(
                    "fewer than %d candles: EMA(21) vs EMA(50) stands in for EMA(50) vs EMA(200), "
                            + "confidence x%.2f",
                    200 + SLOPE_CANDLES, FALLBACK_CONFIDENCE));
        }
        if (explain) {
            reasons.add(fmt(
                    "%s %s %s (gap %+.2f%%), %s slope %+.4f%%/candle, %s slope %+.4f%%/candle",
                    pair.fastName,
                    pair.fast > pair.slow ? "above" : pair.fast < pair.slow ? "below" : "equal to",
                    pair.slowName,
                    pair.gapPercent(),
                    pair.fastName,
                    pair.fastSlope,
                    pair.slowName,
                    pair.slowSlope));
            reasons.add(fmt("ADX(14) %.1f %s %.0f", adx, adx >= TREND_ADX ? ">=" : "<", TREND_ADX));
        }

        int trend = trendSign(pair, adx);
        boolean cleanTrend = trend != 0 && adx >= CLEAN_TREND_ADX;
        Regime regime;
        double confidence;
        if (percentile >= VOLATILE_PERCENTILE && !cleanTrend) {
            regime = Regime.VOLATILE;
            confidence = 0.5 + 0.5 * Series.clamp01((percentile - VOLATILE_PERCENTILE) / (100.0 - VOLATILE_PERCENTILE));
            addIf(
                    explain,
                    reasons,
                    () -> fmt(
                            "volatile: ATR%% percentile >= %.0f without a clean trend (trend rules and ADX >= %.0f)",
                            VOLATILE_PERCENTILE, CLEAN_TREND_ADX));
        } else if (trend != 0) {
            regime = trend > 0 ? Regime.BULL : Regime.BEAR;
            confidence = trendConfidence(pair, adx, trend) * (fallback ? FALLBACK_CONFIDENCE : 1.0);
            addIf(
                    explain,
                    reasons,
                    () -> fmt(
                            "%s: %s %s %s, %s %s and ADX >= %.0f",
                            regime.json(),
                            pair.fastName,
                            trend > 0 ? "above" : "below",
                            pair.slowName,
                            pair.fastName,
                            trend > 0 ? "rising" : "falling",
                            TREND_ADX));
        } else {
            regime = Regime.RANGING;
            confidence = rangingConfidence(pair, adx) * (fallback ? FALLBACK_CONFIDENCE : 1.0);
            addIf(explain, reasons, () -> "ranging: neither the bull nor the bear rule holds");
        }
        return new MarketRegime(
                regime,
                Series.round(confidence, 3),
                volatility,
                Series.orNull(adx),
                Series.orNull(atrPercent),
                Series.round(percentile, 1),
                Series.orNull(ind.ema50()[at]),
                Series.orNull(ema200[at]),
                Series.orNull(ema50Slope),
                Series.orNull(ema200Slope),
                List.copyOf(reasons));
    }

    /** +1 when the bull rule holds, -1 for the bear rule, 0 otherwise. */
    private static int trendSign(EmaPair pair, double adx) {
        if (!(adx >= TREND_ADX)) {
            return 0;
        }
        if (pair.fast > pair.slow && pair.fastSlope > 0) {
            return 1;
        }
        if (pair.fast < pair.slow && pair.fastSlope < 0) {
            return -1;
        }
        return 0;
    }

    private static double trendConfidence(EmaPair pair, double adx, int trend) {
        double adxScore = Series.clamp01((adx - TREND_ADX) / 20.0);
        double gapScore = Series.clamp01(Math.abs(pair.gapPercent()) / FULL_GAP_PERCENT);
        double slopeScore = trend * pair.slowSlope > 0 ? 1.0 : 0.5;
        return 0.4 * adxScore + 0.3 * gapScore + 0.3 * slopeScore;
    }

    private static double rangingConfidence(EmaPair pair, double adx) {
        double lowAdx = Series.clamp01((CLEAN_TREND_ADX - adx) / 15.0);
        double flat = 1.0 - Series.clamp01(Math.abs(pair.gapPercent()) / FULL_GAP_PERCENT);
        return 0.6 * lowAdx + 0.4 * flat;
    }

    /** ATR(14) / close x 100 on candle {@code i}; NaN without a positive close. */
    private static double atrPercent(IndicatorSeries ind, int i) {
        double close = ind.close()[i];
        return close > 0 ? ind.atr14()[i] / close * 100.0 : Double.NaN;
    }

    private static void addIf(boolean explain, List<String> reasons, Supplier<String> reason) {
        if (explain) {
            reasons.add(reason.get());
        }
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private record EmaPair(
            String fastName, String slowName, double fast, double slow, double fastSlope, double slowSlope) {

        double gapPercent() {
            return (fast - slow) / slow * 100.0;
        }
    }
}

package io.fastscanner.analysis;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.signal.SignalType;
import java.math.BigDecimal;
import java.util.List;

/**
 * Stop-loss and take-profit for entering at the last close.
 *
 * <p>Side: long for BUY, short for SELL; for HOLD the sign of the rating decides (>= 0 long) and the result is
 * marked {@code leaning}.
 *
 * <p>Stop (long; short is the mirror): the most recent swing low below entry within the last
 * {@code swingLookback} candles (see {@link SwingPoints}), minus a buffer of {@value #SWING_BUFFER_ATR} x ATR so
 * the stop sits beyond the level rather than on it. If that is closer to entry than {@code atrMultiple} x ATR(14)
 * (or there is no such swing) the stop is {@code entry - atrMultiple x ATR} instead. When ATR is zero (a flat
 * series) {@value #MIN_RISK_FRACTION} of the entry price stands in for it so the stop never equals the entry.
 *
 * <p>Target: {@code entry + rewardMultiple x risk}, where risk = entry - stop. If a swing high lies between entry
 * and that target, the nearest one caps the target, unless capping there would give a reward-to-risk below 1: a
 * cap that close would make the trade not worth taking, so the uncapped target is kept and {@code method} says
 * the cap was ignored.
 *
 * <p>{@code method} is {@code <stop> / <target>}, the stop part being {@code swing_low} (the swing set it),
 * {@code swing_low+atr_floor} (a swing was found but was too close) or {@code atr} (no swing below entry), the
 * target part {@code 2R}, {@code swing_high_cap} or {@code 2R (swing_high cap <1R ignored)}; highs and lows swap
 * for shorts.
 */
public final class RiskLevelCalculator {

    static final double SWING_BUFFER_ATR = 0.1;
    static final double MIN_RISK_FRACTION = 0.001;

    private RiskLevelCalculator() {}

    public static RiskLevels compute(CandleSeries series, IndicatorSeries ind, SignalType signal, double rating) {
        return compute(series, ind, signal, rating, RiskSettings.DEFAULTS);
    }

    public static RiskLevels compute(
            CandleSeries series, IndicatorSeries ind, SignalType signal, double rating, RiskSettings s) {
        return compute(series, ind, signal, rating, s, series.size() - 1);
    }

    /**
     * The levels for entering at the close of candle {@code at}, from indicators computed once over the whole
     * series: reads nothing after {@code at}, so it equals the last-candle form on the series cut after {@code at}.
     */
    public static RiskLevels compute(
            CandleSeries series, IndicatorSeries ind, SignalType signal, double rating, RiskSettings s, int at) {
        int n = series.size();
        if (ind.size() != n) {
            throw new IllegalArgumentException("candles (" + n + ") and indicators (" + ind.size() + ") differ");
        }
        if (at >= n) {
            throw new IndexOutOfBoundsException("candle " + at + " of " + n);
        }
        double atr = at < 0 ? Double.NaN : ind.atr14()[at];
        if (Double.isNaN(atr)) {
            throw new IllegalArgumentException("need at least 15 candles for ATR(14), got " + (at + 1));
        }
        Direction direction = switch (signal) {
            case BUY -> Direction.LONG;
            case SELL -> Direction.SHORT;
            case HOLD -> rating >= 0 ? Direction.LONG : Direction.SHORT;
        };
        boolean leaning = signal == SignalType.HOLD;
        boolean isLong = direction == Direction.LONG;
        int d = direction.sign();
        double entry = series.closes()[at];
        double atrUnit = atr > 0 ? atr : entry * MIN_RISK_FRACTION;
        double minDistance = s.atrMultiple() * atrUnit;
        String stopSwingName = isLong ? "swing_low" : "swing_high";
        String targetSwingName = isLong ? "swing_high" : "swing_low";

        List<Double> stopSwings = isLong
                ? SwingPoints.lows(series.lows(), s.swingLookback(), at)
                : SwingPoints.highs(series.highs(), s.swingLookback(), at);
        Double swing = stopSwings.stream()
                .filter(level -> d * (entry - level) > 0)
                .findFirst()
                .orElse(null);
        double stop;
        String stopMethod;
        if (swing == null) {
            stop = entry - d * minDistance;
            stopMethod = "atr";
        } else {
            double beyondSwing = swing - d * SWING_BUFFER_ATR * atrUnit;
            if (d * (entry - beyondSwing) >= minDistance) {
                stop = beyondSwing;
                stopMethod = stopSwingName;
            } else {
                stop = entry - d * minDistance;
                stopMethod = stopSwingName + "+atr_floor";
            }
        }

        double risk = Math.abs(entry - stop);
        double uncapped = entry + d * s.rewardMultiple() * risk;
        String multiple = multiple(s.rewardMultiple());
        List<Double> targetSwings = isLong
                ? SwingPoints.highs(series.highs(), s.swingLookback(), at)
                : SwingPoints.lows(series.lows(), s.swingLookback(), at);
        Double cap = targetSwings.stream()
                .filter(level -> d * (level - entry) > 0 && d * (uncapped - level) > 0)
                .min((a, b) -> Double.compare(d * (a - entry), d * (b - entry)))
                .orElse(null);
        double target = uncapped;
        Double cappedBy = null;
        String targetMethod = multiple;
        if (cap != null) {
            if (Math.abs(cap - entry) / risk >= 1.0) {
                target = cap;
                cappedBy = cap;
                targetMethod = targetSwingName + "_cap";
            } else {
                targetMethod = multiple + " (" + targetSwingName + " cap <1R ignored)";
            }
        }
        double riskReward = Math.abs(target - entry) / risk;
        return new RiskLevels(
                direction,
                leaning,
                entry,
                stop,
                target,
                riskReward,
                atr,
                stopMethod + " / " + targetMethod,
                swing,
                cappedBy);
    }

    private static String multiple(double rewardMultiple) {
        if (rewardMultiple == Math.rint(rewardMultiple) && rewardMultiple < 1e9) {
            return (long) rewardMultiple + "R"; // the common whole multiple, without a BigDecimal per call
        }
        return BigDecimal.valueOf(rewardMultiple).stripTrailingZeros().toPlainString() + "R";
    }
}

package io.fastscanner.analysis;

import java.util.function.IntToDoubleFunction;

/** Small numeric helpers over indicator arrays (which hold NaN before an indicator's first value). */
final class Series {

    private Series() {}

    /**
     * Mean percent change per candle of {@code values} over the last {@code candles} candles:
     * {@code (v[last] / v[last - candles] - 1) x 100 / candles}; NaN if either end has no value.
     */
    static double slopePercentPerCandle(double[] values, int candles) {
        return slopePercentPerCandle(values, candles, values.length - 1);
    }

    /** {@link #slopePercentPerCandle(double[], int)} on candle {@code at}: reads nothing after it. */
    static double slopePercentPerCandle(double[] values, int candles, int at) {
        int first = at - candles;
        if (first < 0 || Double.isNaN(values[at]) || Double.isNaN(values[first]) || values[first] == 0.0) {
            return Double.NaN;
        }
        return (values[at] / values[first] - 1.0) * 100.0 / candles;
    }

    /**
     * Percentile rank of the last finite value among the last {@code window} finite values (itself included): the
     * percentage of the others that are strictly lower, counting ties as half. 50 when it has no others.
     */
    static double percentileRankOfLast(double[] values, int window) {
        return percentileRank(i -> values[i], values.length - 1, window);
    }

    /**
     * The percentile rank of {@code value(at)} among the {@code window} finite values up to {@code at}, as
     * {@link #percentileRankOfLast}; {@code value} is read on {@code at} and the candles before it only.
     */
    static double percentileRank(IntToDoubleFunction value, int at, int window) {
        double current = value.applyAsDouble(at);
        double below = 0;
        int others = 0;
        for (int i = at - 1; i >= 0 && others < window - 1; i--) {
            double v = value.applyAsDouble(i);
            if (!Double.isFinite(v)) {
                continue;
            }
            others++;
            if (v < current) {
                below += 1.0;
            } else if (v == current) {
                below += 0.5;
            }
        }
        return others == 0 ? 50.0 : 100.0 * below / others;
    }

    /** How many of the values up to {@code at} are finite, counting back from it and stopping at {@code limit}. */
    static int finiteCount(IntToDoubleFunction value, int at, int limit) {
        int count = 0;
        for (int i = at; i >= 0 && count < limit; i--) {
            if (Double.isFinite(value.applyAsDouble(i))) {
                count++;
            }
        }
        return count;
    }

    static double clamp01(double v) {
        return Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(1.0, v));
    }

    static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static double round(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(v * scale) / scale;
    }
}

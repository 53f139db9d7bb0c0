package io.fastscanner.analysis;

/** Small numeric helpers over indicator arrays (which hold NaN before an indicator's first value). */
final class Series {

    private Series() {}

    /**
     * Mean percent change per candle of {@code values} over the last {@code candles} candles:
     * {@code (v[last] / v[last - candles] - 1) x 100 / candles}; NaN if either end has no value.
     */
    static double slopePercentPerCandle(double[] values, int candles) {
        int last = values.length - 1;
        int first = last - candles;
        if (first < 0 || Double.isNaN(values[last]) || Double.isNaN(values[first]) || values[first] == 0.0) {
            return Double.NaN;
        }
        return (values[last] / values[first] - 1.0) * 100.0 / candles;
    }

    /**
     * Percentile rank of the last finite value among the last {@code window} finite values (itself included): the
     * percentage of the others that are strictly lower, counting ties as half. 50 when it has no others.
     */
    static double percentileRankOfLast(double[] values, int window) {
        int last = values.length - 1;
        double current = values[last];
        double below = 0;
        int others = 0;
        for (int i = last - 1; i >= 0 && others < window - 1; i--) {
            double v = values[i];
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

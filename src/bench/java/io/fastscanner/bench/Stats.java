package io.fastscanner.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Median, spread and percentiles of small samples. */
final class Stats {

    private Stats() {}

    static double median(double[] values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile of the values (NaN when there are none). */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /** {@code {median, min, max, values}} of one metric over the repetitions. */
    static Map<String, Object> summary(List<Double> samples) {
        double[] v = samples.stream().mapToDouble(Double::doubleValue).toArray();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("median", round(median(v)));
        m.put("min", round(min(v)));
        m.put("max", round(max(v)));
        m.put("values", Arrays.stream(v).map(Stats::round).boxed().toList());
        return m;
    }

    static double round(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return Math.round(v * 1000.0) / 1000.0;
    }
}

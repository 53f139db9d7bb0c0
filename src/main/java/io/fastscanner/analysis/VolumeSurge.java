package io.fastscanner.analysis;

import io.fastscanner.marketdata.CandleSeries;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The last candle's volume against the {@code lookback} candles before it.
 *
 * <p>{@code ratio} = last volume / mean of the previous volumes (1 = ordinary, 3 = three times the usual);
 * {@code zScore} = (last volume - mean) / population standard deviation of the previous volumes. Non-finite volumes
 * are skipped. Degenerate cases stay finite so the JSON never carries NaN or infinity: with no usable history, or a
 * zero mean and a zero last volume, the result is {@link #NONE} (ratio 1, z 0); a zero mean with volume now gives
 * ratio {@value #MAX_RATIO}; a zero deviation gives z = 0 if the volume equals the mean, else +-{@value #MAX_Z}.
 * Both are capped at those values.
 */
@RegisterForReflection
public record VolumeSurge(double ratio, double zScore) {

    public static final int DEFAULT_LOOKBACK = 20;
    public static final double MAX_RATIO = 100.0;
    public static final double MAX_Z = 10.0;
    public static final VolumeSurge NONE = new VolumeSurge(1.0, 0.0);

    public static VolumeSurge of(CandleSeries series) {
        return of(series, DEFAULT_LOOKBACK);
    }

    public static VolumeSurge of(CandleSeries series, int lookback) {
        return of(series, lookback, series.size() - 1);
    }

    /** The surge of candle {@code at}'s volume against the {@code lookback} candles before it. */
    public static VolumeSurge of(CandleSeries series, int lookback, int at) {
        if (lookback < 1) {
            throw new IllegalArgumentException("lookback must be positive, got " + lookback);
        }
        if (at >= series.size()) {
            throw new IndexOutOfBoundsException("candle " + at + " of " + series.size());
        }
        double[] volume = series.volumes();
        int last = at;
        if (last < 1 || !Double.isFinite(volume[last])) {
            return NONE;
        }
        double current = volume[last];
        int from = Math.max(0, last - lookback);
        double sum = 0;
        int count = 0;
        for (int i = from; i < last; i++) {
            if (Double.isFinite(volume[i])) {
                sum += volume[i];
                count++;
            }
        }
        if (count == 0) {
            return NONE;
        }
        double mean = sum / count;
        double squares = 0;
        for (int i = from; i < last; i++) {
            if (Double.isFinite(volume[i])) {
                squares += (volume[i] - mean) * (volume[i] - mean);
            }
        }
        double deviation = Math.sqrt(squares / count);
        double ratio = mean > 0 ? current / mean : current > 0 ? MAX_RATIO : 1.0;
        double z = deviation > 0
                ? (current - mean) / deviation
                : current == mean ? 0.0 : Math.signum(current - mean) * MAX_Z;
        return new VolumeSurge(Math.min(ratio, MAX_RATIO), Math.max(-MAX_Z, Math.min(MAX_Z, z)));
    }
}

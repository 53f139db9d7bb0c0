package io.fastscanner.marketdata.synthetic;

/**
 * One octave of value noise over time: independent normal values at knots {@code period} apart, joined by a
 * smoothstep. Remembers the last knot pair, so walking forward in time costs almost nothing.
 */
final class SmoothNoise {

    /** Mean of {@code (1-w)^2 + w^2} over a knot interval for the smoothstep weight: the noise's variance. */
    static final double VARIANCE = 26.0 / 35.0;

    private final long key;
    private final long stream;
    private final long periodMs;
    private final double inversePeriod;
    private final double amplitude;
    private long knot = Long.MIN_VALUE;
    private long knotStartMs = Long.MAX_VALUE;
    private double left;
    private double right;

    SmoothNoise(long key, long stream, long periodMs, double amplitude) {
        this.key = key;
        this.stream = stream;
        this.periodMs = periodMs;
        this.inversePeriod = 1.0 / periodMs;
        this.amplitude = amplitude;
    }

    double amplitude() {
        return amplitude;
    }

    double value(long timeMs) {
        long sinceKnot = timeMs - knotStartMs;
        if (sinceKnot < 0 || sinceKnot >= periodMs) {
            long j = Math.floorDiv(timeMs, periodMs);
            left = j == knot + 1 ? right : CounterBasedRandom.gaussian(key, stream, j);
            right = CounterBasedRandom.gaussian(key, stream, j + 1);
            knot = j;
            knotStartMs = j * periodMs;
            sinceKnot = timeMs - knotStartMs;
        }
        double f = sinceKnot * inversePeriod;
        double w = f * f * (3 - 2 * f);
        return amplitude * (left + (right - left) * w);
    }
}

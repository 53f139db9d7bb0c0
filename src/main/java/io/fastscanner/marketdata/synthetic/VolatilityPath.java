package io.fastscanner.marketdata.synthetic;

/**
 * Stochastic volatility of one symbol: the calm daily volatility times {@code exp(h(t))}, where {@code h} is
 * value noise summed over periods from hours to weeks (so calm and stormy spells cluster at every
 * timeframe), times the bursts that follow jumps. Normalised so the multiplier averages about one.
 */
final class VolatilityPath {

    private static final long HOUR_MS = 3_600_000L;
    private static final long[] PERIODS_MS = {6 * HOUR_MS, 36 * HOUR_MS, 144 * HOUR_MS, 576 * HOUR_MS};
    private static final double[] AMPLITUDES = {0.22, 0.30, 0.30, 0.25};
    private static final long STREAM = 100;

    /** Octaves from this index on have periods of about a week or more: all that matters to weekly anchors. */
    private static final int FIRST_SLOW_OCTAVE = 2;

    private final SmoothNoise[] octaves = new SmoothNoise[PERIODS_MS.length];
    private final JumpSchedule jumps;
    private final double bias;
    private final double slowBias;

    VolatilityPath(SymbolProfile profile, JumpSchedule jumps) {
        this.jumps = jumps;
        double variance = 0;
        double slowVariance = 0;
        for (int i = 0; i < octaves.length; i++) {
            octaves[i] = new SmoothNoise(profile.key(), STREAM + i, PERIODS_MS[i], AMPLITUDES[i]);
            double octaveVariance = AMPLITUDES[i] * AMPLITUDES[i] * SmoothNoise.VARIANCE;
            variance += octaveVariance;
            slowVariance += i >= FIRST_SLOW_OCTAVE ? octaveVariance : 0;
        }
        bias = variance / 2;
        slowBias = slowVariance / 2;
    }

    /** Volatility multiplier at {@code timeMs}, including jump bursts. */
    double multiplier(long timeMs) {
        double h = 0;
        for (SmoothNoise octave : octaves) {
            h += octave.value(timeMs);
        }
        return Math.exp(h - bias) * jumps.volatilityBoost(timeMs);
    }

    /**
     * The multiplier as seen over a whole week: slow octaves only, no jump bursts. Used for the weekly anchors,
     * which reach back over a year and would otherwise need every short octave and jump of that year.
     */
    double weeklyMultiplier(long timeMs) {
        double h = 0;
        for (int i = FIRST_SLOW_OCTAVE; i < octaves.length; i++) {
            h += octaves[i].value(timeMs);
        }
        return Math.exp(h - slowBias);
    }
}

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

    private final SmoothNoise[] octaves = new SmoothNoise[PERIODS_MS.length];
    private final JumpSchedule jumps;
    private final double bias;

    VolatilityPath(SymbolProfile profile, JumpSchedule jumps) {
        this.jumps = jumps;
        double variance = 0;
        for (int i = 0; i < octaves.length; i++) {
            octaves[i] = new SmoothNoise(profile.key(), STREAM + i, PERIODS_MS[i], AMPLITUDES[i]);
            variance += AMPLITUDES[i] * AMPLITUDES[i] * SmoothNoise.VARIANCE;
        }
        bias = variance / 2;
    }

    /** Volatility multiplier at {@code timeMs}, including jump bursts. */
    double multiplier(long timeMs) {
        return calmMultiplier(timeMs) * jumps.volatilityBoost(timeMs);
    }

    /** Volatility multiplier without jump bursts: used for the weekly anchors, which span months. */
    double calmMultiplier(long timeMs) {
        double h = 0;
        for (SmoothNoise octave : octaves) {
            h += octave.value(timeMs);
        }
        return Math.exp(h - bias);
    }
}

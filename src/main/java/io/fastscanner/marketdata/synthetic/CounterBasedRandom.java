package io.fastscanner.marketdata.synthetic;

/**
 * Random numbers addressed by {@code (key, stream, index)} instead of drawn from a sequence, so any point of
 * a synthetic path can be computed without generating what comes before it (SplitMix64 finaliser).
 */
final class CounterBasedRandom {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long ODD = 0xD1B54A32D192ED03L;
    private static final double TWO_PI = 2 * Math.PI;

    private CounterBasedRandom() {
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long bits(long key, long stream, long index) {
        return mix(mix(key + stream * GOLDEN) + index * ODD);
    }

    /** Uniform in the open interval (0, 1). */
    static double uniform(long key, long stream, long index) {
        return toUnit(bits(key, stream, index));
    }

    /** Standard normal (Box-Muller on two uniforms derived from one counter). */
    static double gaussian(long key, long stream, long index) {
        long b = bits(key, stream, index);
        double u1 = toUnit(b);
        double u2 = toUnit(mix(b + GOLDEN));
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(TWO_PI * u2);
    }

    private static double toUnit(long bits) {
        return ((bits >>> 11) + 0.5) * 0x1.0p-53;
    }
}

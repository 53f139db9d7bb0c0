package io.fastscanner.marketdata.synthetic;

/**
 * Random numbers addressed by {@code (key, stream, index)} instead of drawn from a sequence, so any point of
 * a synthetic path can be computed without generating what comes before it (SplitMix64
 * finaliser).
 */
final class CounterBasedRandom {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long ODD = 0xD1B54A32D192ED03L;

    private CounterBasedRandom() {}

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

    /** Standard normal, by inverting its distribution function (Acklam's rational approximation). */
    static double gaussian(long key, long stream, long index) {
        return inverseNormal(uniform(key, stream, index));
    }

    private static final double[] A = {
        -3.969683028665376e+01,
        2.209460984245205e+02,
        -2.759285104469687e+02,
        1.383577518672690e+02,
        -3.066479806614716e+01,
        2.506628277459239e+00
    };
    private static final double[] B = {
        -5.447609879822406e+01,
        1.615858368580409e+02,
        -1.556989798598866e+02,
        6.680131188771972e+01,
        -1.328068155288572e+01
    };
    private static final double[] C = {
        -7.784894002430293e-03,
        -3.223964580411365e-01,
        -2.400758277161838e+00,
        -2.549732539343734e+00,
        4.374664141464968e+00,
        2.938163982698783e+00
    };
    private static final double[] D = {
        7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
    };
    private static final double P_LOW = 0.02425;

    static double inverseNormal(double p) {
        if (p < P_LOW) {
            return tail(p);
        }
        if (p > 1 - P_LOW) {
            return -tail(1 - p);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5])
                * q
                / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    }

    private static double tail(double p) {
        double q = Math.sqrt(-2 * Math.log(p));
        return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
                / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }

    private static double toUnit(long bits) {
        return ((bits >>> 11) + 0.5) * 0x1.0p-53;
    }
}

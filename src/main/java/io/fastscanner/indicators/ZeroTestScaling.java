package io.fastscanner.indicators;

/**
 * Works around the zero threshold of TA-Lib's Java port.
 *
 * <p>The port (ta-lib 0.4.0) treats a value within 1e-8 of zero as zero; TA-Lib C 0.6, the reference these
 * indicators are checked against, uses 1e-14. The tests that matter sit on price-sized quantities: the Bollinger
 * variance (price²), and the RSI average gain + loss and the +DI/-DI true-range sum (price). Below a price of about
 * 0.1 real values cross 1e-8 (a 20-candle variance at 0.01 is around 1e-9), and the port collapses the bands to
 * the middle, or returns RSI 0 / DI 0, where TA-Lib C gives real values.
 *
 * <p>Multiplying the inputs by a power of two is exact in binary floating point, and every operation of these
 * functions commutes with it exactly, so all values stay bit-identical to an unscaled run except the zero tests,
 * which now fire below 1e-8 / 2^20 ≈ 0.95e-14: where TA-Lib C's fire. Price-valued outputs are scaled back, also
 * exactly. Prices stay far from overflow (1e12 × 2^20 squared is ~1e48).
 */
final class ZeroTestScaling {

    /** For tests on price-sized values (RSI, +DI/-DI/ADX): 1e-8 / 2^20 ≈ 0.95e-14. */
    static final double LINEAR = 0x1p20;
    /** For tests on price² (Bollinger variance): 1e-8 / (2^10)² ≈ 0.95e-14. */
    static final double QUADRATIC = 0x1p10;

    private ZeroTestScaling() {}

    /** A scaled copy of {@code values}. */
    static double[] scaled(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }

    /** Divides {@code values} by {@code factor} in place (exact for a power of two; NaN stays NaN). */
    static void unscale(double[] values, double factor) {
        double inverse = 1.0 / factor;
        for (int i = 0; i < values.length; i++) {
            values[i] *= inverse;
        }
    }
}

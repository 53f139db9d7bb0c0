package io.fastscanner.marketdata.synthetic;

/**
 * A price increment of {@code 10^exponent}. Rounding divides by an exact power of ten, so prices print as
 * {@code 0.3} rather than {@code 0.30000000000000004}.
 */
final class PriceTick {

    private final int exponent;
    private final double size;
    /** {@code 10^-exponent} for ticks below one, {@code 10^exponent} otherwise: both exact doubles. */
    private final double power;

    PriceTick(int exponent) {
        this.exponent = exponent;
        this.power = Math.pow(10, Math.abs(exponent));
        this.size = exponent < 0 ? 1.0 / power : power;
    }

    double size() {
        return size;
    }

    /** The nearest multiple of the tick, never below one tick. */
    double round(double price) {
        double rounded = exponent < 0 ? Math.round(price * power) / power : Math.round(price / power) * power;
        return Math.max(rounded, size);
    }
}

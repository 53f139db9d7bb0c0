package io.fastscanner.marketdata.synthetic;

/** A price increment of {@code 10^exponent}; rounding divides by an exact power of ten to avoid 0.1+0.2 noise. */
record PriceTick(int exponent) {

    double size() {
        return exponent < 0 ? 1.0 / Math.pow(10, -exponent) : Math.pow(10, exponent);
    }

    /** The nearest multiple of the tick, never below one tick. */
    double round(double price) {
        double rounded;
        if (exponent < 0) {
            double scale = Math.pow(10, -exponent);
            rounded = Math.round(price * scale) / scale;
        } else {
            double step = Math.pow(10, exponent);
            rounded = Math.round(price / step) * step;
        }
        return Math.max(rounded, size());
    }
}

package io.fastscanner.notify;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How numbers are written in templates and webhook text: plain decimals, never exponents, in the root locale. */
final class Formats {

    /** What a template shows for a value that is not known (no row, no deep analysis, no RSI, ...). */
    static final String ABSENT = "n/a";

    private static final MathContext PRICE = new MathContext(10, RoundingMode.HALF_EVEN);

    private Formats() {}

    /** A price with up to 10 significant digits: {@code 64250.5}, {@code 0.00001234}. */
    static String price(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return ABSENT;
        }
        return BigDecimal.valueOf(value).round(PRICE).stripTrailingZeros().toPlainString();
    }

    /** A value with at most {@code scale} decimals and no trailing zeros: {@code 2.35}, {@code 71.4}, {@code 3}. */
    static String decimal(Double value, int scale) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return ABSENT;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }

    static String text(Object value) {
        return value == null ? ABSENT : value.toString();
    }
}

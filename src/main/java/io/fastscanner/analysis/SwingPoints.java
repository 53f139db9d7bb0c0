package io.fastscanner.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Swing highs and lows: a swing low is a candle whose low is strictly lower than the lows of the
 * {@value #SIDE} candles on each side of it; a swing high the mirror on highs. The last {@value #SIDE} candles
 * cannot be swings yet (their right side has not happened). Read on candle {@code at} of a longer series, only
 * swings confirmed by candles up to {@code at} count: the series is read as if it ended there.
 */
final class SwingPoints {

    static final int SIDE = 2;

    private SwingPoints() {}

    /** Swing lows among the last {@code lookback} candles, most recent first. */
    static List<Double> lows(double[] low, int lookback) {
        return lows(low, lookback, low.length - 1);
    }

    /** Swing lows among the {@code lookback} candles up to {@code at}, confirmed by candles up to it. */
    static List<Double> lows(double[] low, int lookback, int at) {
        return find(low, lookback, -1, at);
    }

    /** Swing highs among the last {@code lookback} candles, most recent first. */
    static List<Double> highs(double[] high, int lookback) {
        return highs(high, lookback, high.length - 1);
    }

    /** Swing highs among the {@code lookback} candles up to {@code at}, confirmed by candles up to it. */
    static List<Double> highs(double[] high, int lookback, int at) {
        return find(high, lookback, 1, at);
    }

    /** {@code sign} +1 finds highs, -1 finds lows (a low is a high of the negated values). */
    private static List<Double> find(double[] values, int lookback, int sign, int at) {
        List<Double> swings = new ArrayList<>();
        int n = at + 1;
        int from = Math.max(SIDE, n - lookback);
        for (int i = n - 1 - SIDE; i >= from; i--) {
            if (isSwing(values, i, sign)) {
                swings.add(values[i]);
            }
        }
        return swings;
    }

    private static boolean isSwing(double[] values, int i, int sign) {
        double v = sign * values[i];
        for (int k = 1; k <= SIDE; k++) {
            if (!(v > sign * values[i - k] && v > sign * values[i + k])) {
                return false;
            }
        }
        return true;
    }
}

package io.fastscanner.indicators;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import java.util.Arrays;

/**
 * Runs one TA-Lib function over a whole series and turns its compacted output into candle-aligned arrays.
 *
 * <p>TA-Lib writes its first value to {@code out[0]} and reports where it belongs through {@code outBegIdx} and
 * how many values it wrote through {@code outNBElement}. This is the only place that reads those two numbers.
 */
final class TaLib {

    /*
     * Shared on purpose: the functions used here only read Core's settings (unstable periods, compatibility,
     * candle settings) and keep all working state in locals; the only writers are the setters, which nothing in
     * this package calls and which are unreachable from outside because the instance never leaves this class.
     */
    private static final Core CORE = new Core();

    @FunctionalInterface
    interface Call {
        /** Runs the function over candles {@code 0..endIdx}, writing its outputs from index 0. */
        RetCode run(Core core, int endIdx, MInteger outBegIdx, MInteger outNbElement);
    }

    private TaLib() {}

    /**
     * Runs {@code call} over {@code size} candles. Each output array must have length {@code size} and be the
     * array(s) the call writes to; on return every output holds the value of candle i at index i and
     * {@link Double#NaN} where TA-Lib has no value (all of it if the input is too short).
     *
     * @throws IllegalArgumentException if TA-Lib rejects the call (bad period, bad deviation, ...)
     */
    static void run(String function, int size, Call call, double[]... outputs) {
        if (size == 0) {
            return;
        }
        MInteger begIdx = new MInteger();
        MInteger nbElement = new MInteger();
        RetCode code = call.run(CORE, size - 1, begIdx, nbElement);
        if (code != RetCode.Success) {
            throw new IllegalArgumentException(function + " rejected by TA-Lib: " + code);
        }
        for (double[] output : outputs) {
            align(output, begIdx.value, nbElement.value);
        }
    }

    /** Moves {@code count} values from the front of {@code out} to {@code begIdx} (in place) and NaN-fills the rest. */
    private static void align(double[] out, int begIdx, int count) {
        if (count == 0) {
            Arrays.fill(out, Double.NaN);
            return;
        }
        System.arraycopy(out, 0, out, begIdx, count);
        Arrays.fill(out, 0, begIdx, Double.NaN);
        Arrays.fill(out, begIdx + count, out.length, Double.NaN);
    }

    static void requireSameLength(String function, double[] first, double[]... others) {
        for (double[] other : others) {
            if (other.length != first.length) {
                throw new IllegalArgumentException(
                        function + ": input arrays differ in length (" + first.length + " vs " + other.length + ")");
            }
        }
    }
}

package io.fastscanner.scorecard;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Holm's step-down correction for many comparisons in one answer: sort the m p-values ascending; the k-th smallest
 * (k from 1) is significant if it is at most {@code alpha / (m - k + 1)} and every smaller one was significant. It
 * keeps the chance of any false "significant" at most {@code alpha}, whatever the comparisons' dependence.
 */
final class Holm {

    private Holm() {}

    /** Which of {@code pValues} are significant at family level {@code alpha}, in their given order. */
    static boolean[] significant(double[] pValues, double alpha) {
        int m = pValues.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        boolean[] significant = new boolean[m];
        for (int k = 0; k < m; k++) {
            if (pValues[order[k]] > alpha / (m - k)) {
                break;
            }
            significant[order[k]] = true;
        }
        return significant;
    }
}

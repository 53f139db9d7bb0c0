package io.fastscanner.analysis;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.SignalType;
import io.fastscanner.signal.TechnicalRating;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Multi-timeframe confluence of the quick signal.
 *
 * <p>Timeframes whose rating is missing (absent or null) are left out. With the ratings r of the rest:
 * <ul>
 * <li>dominant: bullish if mean(r) > {@value TechnicalRating#THRESHOLD} (the quick signal's own threshold),
 * bearish if below its negative, mixed otherwise.</li>
 * <li>aligned: at least two timeframes and every one says BUY, or every one says SELL.</li>
 * <li>support for a side s (+1 bullish, -1 bearish) = agreement x conviction, where agreement = sum of |r| over the
 * timeframes whose rating points to s / sum of all |r| (how much of the evidence is on that side) and
 * conviction = clamp(2 x s x mean(r), 0, 1) (how strong the average is; a mean rating of 0.5, a strong vote-model
 * reading, saturates it).</li>
 * <li>score = round(100 x support) for the side of mean(r); 0 without timeframes or with a mean of exactly 0.</li>
 * </ul>
 */
public final class ConfluenceAnalyzer {

    private ConfluenceAnalyzer() {}

    public static Confluence analyze(Map<Timeframe, Rating> ratings) {
        Map<String, TimeframeSignal> timeframes = new LinkedHashMap<>();
        if (ratings != null) {
            ratings.entrySet().stream()
                    .filter(e -> e.getKey() != null
                            && e.getValue() != null
                            && Double.isFinite(e.getValue().rating()))
                    .sorted(Comparator.comparing(e -> e.getKey().duration()))
                    .forEach(e -> timeframes.put(
                            e.getKey().label(),
                            new TimeframeSignal(
                                    e.getValue().signal(), e.getValue().rating())));
        }
        double[] r = timeframes.values().stream()
                .mapToDouble(TimeframeSignal::rating)
                .toArray();
        double mean = mean(r);
        Bias dominant = mean > TechnicalRating.THRESHOLD
                ? Bias.BULLISH
                : mean < -TechnicalRating.THRESHOLD ? Bias.BEARISH : Bias.MIXED;
        int score = mean == 0.0 ? 0 : (int) Math.round(100.0 * support(r, mean > 0 ? 1 : -1));
        return new Confluence(Collections.unmodifiableMap(timeframes), aligned(timeframes), dominant, score);
    }

    /** Support of the ratings {@code r} for side {@code sign} (+1 bullish, -1 bearish), in [0, 1]. */
    static double support(double[] r, int sign) {
        double total = 0;
        double onSide = 0;
        for (double v : r) {
            total += Math.abs(v);
            if (sign * v > 0) {
                onSide += Math.abs(v);
            }
        }
        if (total == 0) {
            return 0.0;
        }
        double agreement = onSide / total;
        double conviction = Series.clamp01(2.0 * sign * mean(r));
        return agreement * conviction;
    }

    private static boolean aligned(Map<String, TimeframeSignal> timeframes) {
        if (timeframes.size() < 2) {
            return false;
        }
        SignalType first = timeframes.values().iterator().next().signal();
        return first != SignalType.HOLD && timeframes.values().stream().allMatch(t -> t.signal() == first);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? 0.0 : sum / values.length;
    }
}

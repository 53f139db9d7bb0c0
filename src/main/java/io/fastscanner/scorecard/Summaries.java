package io.fastscanner.scorecard;

import io.fastscanner.signal.SignalType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scorecard's plain sentences: one per bucket row and one for the whole answer. */
final class Summaries {

    private Summaries() {}

    static String of(
            Bucket bucket,
            int horizon,
            int count,
            Estimate mean,
            SideBaseline baseline,
            Double pValue,
            Verdict verdict,
            ScoringRules rules) {
        String head = bucket.label() + " over " + candles(horizon) + ": " + count + " signals";
        if (verdict == Verdict.TOO_FEW) {
            return head + ", fewer than the " + rules.minSignals() + " needed for a verdict.";
        }
        String versus = ", mean return " + percent(mean.value()) + " against " + percent(baseline.meanReturn())
                + " for any candle " + (bucket.side() > 0 ? "held long" : "held short");
        String p = " (p = " + String.format(Locale.ROOT, "%.2g", pValue) + ")";
        return head
                + versus
                + switch (verdict) {
                    case EDGE -> ": better, significantly after the Holm correction" + p + ".";
                    case WORSE -> ": worse, significantly after the Holm correction" + p + ".";
                    default -> ": no significant difference" + p + ".";
                };
    }

    /** The answer in one sentence: whether any BUY or SELL bucket beats the baseline for its side, and which. */
    static String overall(List<BucketRow> rows, ScoringRules rules) {
        List<BucketRow> signals =
                rows.stream().filter(r -> r.signal() != SignalType.HOLD).toList();
        List<BucketRow> edges =
                signals.stream().filter(r -> r.verdict() == Verdict.EDGE).toList();
        List<BucketRow> worse =
                signals.stream().filter(r -> r.verdict() == Verdict.WORSE).toList();
        if (signals.stream().allMatch(r -> r.verdict() == Verdict.TOO_FEW)) {
            return "Too few signals to judge: no BUY or SELL bucket has the " + rules.minSignals()
                    + " signals a verdict needs.";
        }
        String worseText = worse.isEmpty() ? "" : " Significantly worse than the baseline: " + list(worse) + ".";
        if (edges.isEmpty()) {
            return "No signal bucket beats the baseline on this data: the quick signal shows no edge here." + worseText;
        }
        return edges.size() + " of " + signals.size() + " BUY/SELL buckets beat the baseline for their side: "
                + list(edges) + "." + worseText;
    }

    private static String list(List<BucketRow> rows) {
        return rows.stream()
                .map(r -> r.signal() + " " + r.strength() + " over " + candles(r.horizon()) + " ("
                        + percent(r.difference().value()) + ")")
                .collect(Collectors.joining(", "));
    }

    private static String candles(int horizon) {
        return horizon == 1 ? "1 candle" : horizon + " candles";
    }

    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%+.3f %%", fraction * 100);
    }
}

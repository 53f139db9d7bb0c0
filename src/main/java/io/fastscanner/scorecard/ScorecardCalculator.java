package io.fastscanner.scorecard;

import io.fastscanner.marketdata.MarketSymbol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The scorecard of walked series: for each horizon the baseline (every scored candle held long) and each
 * {@link Bucket}'s signals measured for their side, compared with the baseline signed for that side. All the
 * comparisons of one scorecard are one family for the Holm correction.
 */
public final class ScorecardCalculator {

    private ScorecardCalculator() {}

    /**
     * @param walks     the series, all of one timeframe
     * @param horizons  ascending, each at least 1
     * @param fromMs    first open time scored (inclusive)
     * @param toMs      last open time scored (inclusive)
     */
    public static Scorecard compute(
            List<WalkedSeries> walks, List<Integer> horizons, long fromMs, long toMs, ScoringRules rules) {
        ScoredSteps scored = ScoredSteps.of(walks, fromMs, toMs);
        List<MarketSymbol> symbols =
                walks.stream().map(w -> w.candles().symbol()).toList();
        Instant from = scored.total() == 0 ? null : Instant.ofEpochMilli(scored.firstOpenMs());
        Instant to = scored.total() == 0 ? null : Instant.ofEpochMilli(scored.lastOpenMs());
        return assemble(symbols, from, to, scored.total(), horizons, h -> HorizonReturns.of(walks, scored, h), rules);
    }

    /** The scorecard of the observations {@code returns} gives at each horizon, whatever they were taken from. */
    static Scorecard assemble(
            List<MarketSymbol> symbols,
            Instant from,
            Instant to,
            long total,
            List<Integer> horizons,
            IntFunction<HorizonReturns> returnsAt,
            ScoringRules rules) {
        List<BaselineRow> baseline = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        for (int horizon : horizons) {
            HorizonReturns returns = returnsAt.apply(horizon);
            baseline.add(baselineRow(returns.all(1)));
            measured.addAll(measure(returns, Bucket.ALL, rules));
        }
        List<BucketRow> rows = judge(measured, horizons.size(), rules);
        return new Scorecard(symbols, from, to, total, horizons, baseline, rows, Summaries.overall(rows, rules), null);
    }

    private static BaselineRow baselineRow(Sample all) {
        if (all.size() == 0) {
            return new BaselineRow(all.horizon(), 0, null, null, null);
        }
        return new BaselineRow(all.horizon(), all.size(), all.hitRate(), all.meanReturn(), all.medianReturn());
    }

    /** One bucket at one horizon before the Holm correction. */
    record Measured(
            SignalGroup bucket,
            int horizon,
            int count,
            Estimate hitRate,
            Estimate meanReturn,
            Estimate medianReturn,
            SideBaseline baseline,
            Estimate difference,
            Double pValue) {}

    private static SideBaseline side(Estimate hitRate, Estimate meanReturn) {
        return hitRate == null ? new SideBaseline(0, 0) : new SideBaseline(hitRate.value(), meanReturn.value());
    }

    /**
     * Each bucket of {@code buckets} (the indexes of {@code returns}' grouping) at one horizon, against every
     * observation signed for the bucket's side, in the order of {@code buckets}.
     */
    static List<Measured> measure(HorizonReturns returns, List<? extends SignalGroup> buckets, ScoringRules rules) {
        Sample allLong = returns.all(1);
        Sample allShort = returns.all(-1);
        SideBaseline longSide =
                allLong.size() == 0 ? new SideBaseline(0, 0) : side(allLong.hitRate(), allLong.meanReturn());
        SideBaseline shortSide = allShort.size() == 0 ? longSide : side(allShort.hitRate(), allShort.meanReturn());
        List<Measured> measured = new ArrayList<>(buckets.size());
        for (int b = 0; b < buckets.size(); b++) {
            SignalGroup bucket = buckets.get(b);
            measured.add(
                    bucket.side() > 0
                            ? measure(returns, b, bucket, allLong, longSide, rules)
                            : measure(returns, b, bucket, allShort, shortSide, rules));
        }
        return measured;
    }

    /** One bucket's signals, signed for its side, against {@code all} signed the same way. */
    private static Measured measure(
            HorizonReturns returns, int b, SignalGroup bucket, Sample all, SideBaseline side, ScoringRules rules) {
        Sample mine = returns.bucket(b, bucket.side());
        if (mine.size() == 0) {
            return new Measured(bucket, returns.horizon, 0, null, null, null, side, null, null);
        }
        Sample.Comparison comparison = all.differenceOf(returns.membersOf(b));
        return new Measured(
                bucket,
                returns.horizon,
                mine.size(),
                mine.hitRate(),
                mine.meanReturn(),
                mine.medianReturn(),
                side,
                comparison.difference(),
                mine.size() >= rules.minSignals() ? comparison.pValue() : null);
    }

    /** Whether each tested row of one family is significant after the Holm correction over the family. */
    static boolean[] holm(List<Measured> measured, ScoringRules rules) {
        List<Integer> tested = new ArrayList<>();
        for (int k = 0; k < measured.size(); k++) {
            if (measured.get(k).pValue() != null) {
                tested.add(k);
            }
        }
        double[] pValues =
                tested.stream().mapToDouble(k -> measured.get(k).pValue()).toArray();
        boolean[] significant = Holm.significant(pValues, rules.significance());
        boolean[] byRow = new boolean[measured.size()];
        for (int j = 0; j < tested.size(); j++) {
            byRow[tested.get(j)] = significant[j];
        }
        return byRow;
    }

    static Verdict verdict(Measured m, boolean significant) {
        return m.pValue() == null
                ? Verdict.TOO_FEW
                : !significant ? Verdict.NO_EDGE : m.difference().value() > 0 ? Verdict.EDGE : Verdict.WORSE;
    }

    static String summary(Measured m, Verdict verdict, ScoringRules rules) {
        return Summaries.of(
                m.bucket(), m.horizon(), m.count(), m.meanReturn(), m.baseline(), m.pValue(), verdict, rules);
    }

    /** Holm over every tested row, then the rows in bucket order, horizons ascending within a bucket. */
    private static List<BucketRow> judge(List<Measured> measured, int horizonCount, ScoringRules rules) {
        boolean[] byRow = holm(measured, rules);
        List<BucketRow> rows = new ArrayList<>(measured.size());
        int buckets = Bucket.ALL.size();
        for (int b = 0; b < buckets; b++) {
            for (int h = 0; h < horizonCount; h++) {
                int k = h * buckets + b;
                rows.add(row(measured.get(k), byRow[k], rules));
            }
        }
        return rows;
    }

    private static BucketRow row(Measured m, boolean significant, ScoringRules rules) {
        Verdict verdict = verdict(m, significant);
        return new BucketRow(
                m.bucket().signal(),
                m.bucket().range(),
                m.horizon(),
                m.count(),
                m.hitRate(),
                m.meanReturn(),
                m.medianReturn(),
                m.baseline(),
                m.difference(),
                m.pValue(),
                significant,
                verdict,
                summary(m, verdict, rules));
    }
}

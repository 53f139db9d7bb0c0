package io.fastscanner.scorecard;

import io.fastscanner.marketdata.MarketSymbol;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
        List<BaselineRow> baseline = new ArrayList<>();
        List<Measured> measured = new ArrayList<>();
        for (int horizon : horizons) {
            HorizonReturns returns = HorizonReturns.of(walks, scored, horizon);
            Sample allLong = returns.all(1);
            Sample allShort = returns.all(-1);
            BaselineRow row = baselineRow(allLong);
            baseline.add(row);
            SideBaseline longSide = side(row.hitRate(), row.meanReturn());
            SideBaseline shortSide = allShort.size() == 0 ? longSide : side(allShort.hitRate(), allShort.meanReturn());
            for (int b = 0; b < Bucket.ALL.size(); b++) {
                Bucket bucket = Bucket.ALL.get(b);
                measured.add(
                        bucket.side() > 0
                                ? measure(returns, b, allLong, longSide, rules)
                                : measure(returns, b, allShort, shortSide, rules));
            }
        }
        List<BucketRow> rows = judge(measured, horizons.size(), rules);
        Instant from = scored.total() == 0 ? null : Instant.ofEpochMilli(scored.firstOpenMs());
        Instant to = scored.total() == 0 ? null : Instant.ofEpochMilli(scored.lastOpenMs());
        return new Scorecard(
                symbols, from, to, scored.total(), horizons, baseline, rows, Summaries.overall(rows, rules));
    }

    private static BaselineRow baselineRow(Sample all) {
        if (all.size() == 0) {
            return new BaselineRow(all.horizon(), 0, null, null, null);
        }
        return new BaselineRow(all.horizon(), all.size(), all.hitRate(), all.meanReturn(), all.medianReturn());
    }

    /** One bucket at one horizon before the Holm correction. */
    private record Measured(
            Bucket bucket,
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

    /** One bucket's signals, signed for its side, against {@code all} signed the same way. */
    private static Measured measure(HorizonReturns returns, int b, Sample all, SideBaseline side, ScoringRules rules) {
        Bucket bucket = Bucket.ALL.get(b);
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

    /** Holm over every tested row, then the rows in bucket order, horizons ascending within a bucket. */
    private static List<BucketRow> judge(List<Measured> measured, int horizonCount, ScoringRules rules) {
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
        Verdict verdict = m.pValue() == null
                ? Verdict.TOO_FEW
                : !significant ? Verdict.NO_EDGE : m.difference().value() > 0 ? Verdict.EDGE : Verdict.WORSE;
        return new BucketRow(
                m.bucket().signal(),
                m.bucket().strength(),
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
                Summaries.of(
                        m.bucket(), m.horizon(), m.count(), m.meanReturn(), m.baseline(), m.pValue(), verdict, rules));
    }
}

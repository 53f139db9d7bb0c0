package io.fastscanner.scorecard;

import io.fastscanner.scorecard.ScorecardCalculator.Measured;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The scorecard of the deep analysis' opportunity score: the BUY and SELL signals of the walk grouped by the
 * opportunity score their candle had ({@link OpportunityBucket}), measured with the statistics of the quick signal's
 * buckets against the same baseline, and for each bucket which of its stop-loss and take-profit was reached first.
 *
 * <p>The opportunity rows are their own family for the Holm correction: asking for them leaves the quick signal's rows
 * as they are without them.
 */
public final class OpportunityScorecard {

    private OpportunityScorecard() {}

    /**
     * @param walks    the series, all of one timeframe
     * @param deep     each walk's deep analysis on every scored candle, in the order of {@code walks}
     * @param horizons ascending, each at least 1
     * @return one row per {@link OpportunityBucket} and horizon: bucket order, horizons ascending within a bucket
     */
    public static List<OpportunityRow> compute(
            List<WalkedSeries> walks,
            List<DeepHistory> deep,
            List<Integer> horizons,
            long fromMs,
            long toMs,
            ScoringRules rules) {
        if (walks.size() != deep.size()) {
            throw new IllegalArgumentException("one deep history per walk: " + walks.size() + " walks, " + deep.size());
        }
        ScoredSteps scored = ScoredSteps.of(walks, fromMs, toMs);
        List<Measured> measured = new ArrayList<>();
        List<LevelShares> levels = new ArrayList<>();
        for (int horizon : horizons) {
            HorizonReturns returns = HorizonReturns.of(
                    walks,
                    scored,
                    horizon,
                    (w, i) -> OpportunityBucket.indexOf(
                            walks.get(w).signal(i), deep.get(w).opportunity(i)));
            measured.addAll(ScorecardCalculator.measure(returns, OpportunityBucket.ALL, rules));
            levels.addAll(levelShares(returns, walks, deep));
        }
        boolean[] significant = ScorecardCalculator.holm(measured, rules);
        int buckets = OpportunityBucket.ALL.size();
        List<OpportunityRow> rows = new ArrayList<>(measured.size());
        for (int b = 0; b < buckets; b++) {
            for (int h = 0; h < horizons.size(); h++) {
                int k = h * buckets + b;
                rows.add(row(measured.get(k), significant[k], levels.get(k), rules));
            }
        }
        return rows;
    }

    private static OpportunityRow row(Measured m, boolean significant, LevelShares levels, ScoringRules rules) {
        Verdict verdict = ScorecardCalculator.verdict(m, significant);
        String summary = ScorecardCalculator.summary(m, verdict, rules);
        if (levels.count() > 0) {
            summary += String.format(
                    Locale.ROOT,
                    " Take-profit first %.0f %%, stop-loss first %.0f %%, neither %.0f %%.",
                    100 * levels.targetFirst().value(),
                    100 * levels.stopFirst().value(),
                    100 * levels.neither().value());
        }
        return new OpportunityRow(
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
                summary,
                levels);
    }

    /** For each bucket, in {@link OpportunityBucket#ALL} order, which level its signals reached first. */
    private static List<LevelShares> levelShares(
            HorizonReturns returns, List<WalkedSeries> walks, List<DeepHistory> deep) {
        int n = returns.count;
        double[] target = new double[n];
        double[] stop = new double[n];
        double[] neither = new double[n];
        int[] both = new int[OpportunityBucket.ALL.size()];
        for (int k = 0; k < n; k++) {
            int b = returns.buckets[k];
            if (b < 0) {
                continue;
            }
            WalkedSeries walk = walks.get(returns.walks[k]);
            DeepHistory history = deep.get(returns.walks[k]);
            int i = returns.indexes[k];
            // A candle with an opportunity score always has its levels: DeepHistory sets them together.
            Outcome outcome = Outcomes.of(
                            walk.candles(),
                            i,
                            walk.signal(i),
                            returns.horizon,
                            history.stopLoss(i),
                            history.takeProfit(i))
                    .orElseThrow();
            switch (outcome.levelHit()) {
                case TARGET_FIRST -> target[k] = 1;
                case STOP_FIRST -> stop[k] = 1;
                case NEITHER -> neither[k] = 1;
                case NO_LEVELS -> throw new IllegalStateException("candle " + i + " has a score but no levels");
            }
            if (outcome.bothInOneCandle()) {
                both[b]++;
            }
        }
        List<LevelShares> shares = new ArrayList<>(both.length);
        for (int b = 0; b < both.length; b++) {
            Sample targets = returns.bucket(b, target);
            if (targets.size() == 0) {
                shares.add(new LevelShares(0, null, null, null, 0));
                continue;
            }
            shares.add(new LevelShares(
                    targets.size(),
                    targets.share(),
                    returns.bucket(b, stop).share(),
                    returns.bucket(b, neither).share(),
                    both[b]));
        }
        return shares;
    }
}

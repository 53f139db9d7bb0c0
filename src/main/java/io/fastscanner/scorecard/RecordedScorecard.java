package io.fastscanner.scorecard;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The scorecard of the signals the service gave, from their measured outcomes. At each horizon the baseline is every
 * recorded signal with an outcome there, HOLD included and held long, and each bucket is compared with it as
 * {@link ScorecardCalculator} compares the walk's. Candle times are numbered as steps of the timeframe from the first
 * signal, so signals of different symbols on one candle share a step (the HAC errors see them move together).
 */
public final class RecordedScorecard {

    private RecordedScorecard() {}

    /**
     * @param signals  recorded signals of one timeframe, measured or not
     * @param horizons ascending, each at least 1
     */
    public static Scorecard compute(
            List<PastSignal> signals, Timeframe timeframe, List<Integer> horizons, ScoringRules rules) {
        List<MarketSymbol> symbols =
                signals.stream().map(PastSignal::symbol).distinct().sorted().toList();
        Instant from = signals.stream()
                .map(PastSignal::candleTime)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Instant to = signals.stream()
                .map(PastSignal::candleTime)
                .max(Comparator.naturalOrder())
                .orElse(null);
        int stepCount = from == null ? 0 : step(to, from, timeframe) + 1;
        return ScorecardCalculator.assemble(
                symbols,
                from,
                to,
                signals.size(),
                horizons,
                horizon -> returns(signals, timeframe, horizon, from, stepCount),
                rules);
    }

    private static HorizonReturns returns(
            List<PastSignal> signals, Timeframe timeframe, int horizon, Instant from, int stepCount) {
        double[] longReturns = new double[signals.size()];
        int[] steps = new int[signals.size()];
        int[] buckets = new int[signals.size()];
        int n = 0;
        for (PastSignal signal : signals) {
            for (Outcome outcome : signal.outcomes()) {
                if (outcome.horizon() == horizon) {
                    // an outcome is signed for its side: a SELL's is the short return
                    longReturns[n] =
                            signal.signal() == SignalType.SELL ? -outcome.forwardReturn() : outcome.forwardReturn();
                    steps[n] = step(signal.candleTime(), from, timeframe);
                    buckets[n] = Bucket.indexOf(signal.signal(), signal.strength());
                    n++;
                }
            }
        }
        return HorizonReturns.observed(horizon, n, longReturns, steps, buckets, stepCount);
    }

    private static int step(Instant candle, Instant first, Timeframe timeframe) {
        return (int) ((candle.toEpochMilli() - first.toEpochMilli()) / timeframe.millis());
    }
}

package io.fastscanner.scorecard;

import java.util.Arrays;
import java.util.List;

/**
 * Every scored candle of the walked series whose horizon has closed, with its long forward return, its candle time as
 * a step number, where it is (walk and candle index) and its bucket: the observations of one horizon.
 */
final class HorizonReturns {

    /** The bucket of candle {@code index} of walk {@code walk}: an index into a list of buckets, or -1 for none. */
    @FunctionalInterface
    interface Grouping {
        int bucketOf(int walk, int index);
    }

    final int horizon;
    final int count;
    final double[] longReturns;
    final int[] steps;
    final int[] walks;
    final int[] indexes;
    final int[] buckets;
    final int stepCount;

    private HorizonReturns(
            int horizon,
            int count,
            double[] longReturns,
            int[] steps,
            int[] walks,
            int[] indexes,
            int[] buckets,
            int stepCount) {
        this.horizon = horizon;
        this.count = count;
        this.longReturns = longReturns;
        this.steps = steps;
        this.walks = walks;
        this.indexes = indexes;
        this.buckets = buckets;
        this.stepCount = stepCount;
    }

    /**
     * Observations given one by one, such as the recorded signals' outcomes: the first {@code count} entries of each
     * array. They come from no walk: their walk and candle index are -1.
     */
    static HorizonReturns observed(
            int horizon, int count, double[] longReturns, int[] steps, int[] buckets, int stepCount) {
        int[] none = new int[count];
        java.util.Arrays.fill(none, -1);
        return new HorizonReturns(horizon, count, longReturns, steps, none, none.clone(), buckets, stepCount);
    }

    /** The observations bucketed by the quick signal's {@link Bucket}. */
    static HorizonReturns of(List<WalkedSeries> walks, ScoredSteps scored, int horizon) {
        return of(
                walks,
                scored,
                horizon,
                (w, i) -> Bucket.indexOf(walks.get(w).signal(i), walks.get(w).strength(i)));
    }

    static HorizonReturns of(List<WalkedSeries> walks, ScoredSteps scored, int horizon, Grouping grouping) {
        int capacity = 0;
        for (int w = 0; w < walks.size(); w++) {
            capacity += scored.count(w);
        }
        double[] returns = new double[capacity];
        int[] steps = new int[capacity];
        int[] walkOf = new int[capacity];
        int[] indexes = new int[capacity];
        int[] buckets = new int[capacity];
        int n = 0;
        for (int w = 0; w < walks.size(); w++) {
            WalkedSeries walk = walks.get(w);
            double[] closes = walk.candles().closes();
            int end = Math.min(scored.end(w), walk.size() - horizon);
            for (int i = scored.start(w); i < end; i++) {
                returns[n] = closes[i + horizon] / closes[i] - 1;
                steps[n] = scored.step(walk, i);
                walkOf[n] = w;
                indexes[n] = i;
                buckets[n] = grouping.bucketOf(w, i);
                n++;
            }
        }
        return new HorizonReturns(horizon, n, returns, steps, walkOf, indexes, buckets, scored.stepCount());
    }

    /** All observations, signed for a side (+1 long, -1 short). */
    Sample all(double side) {
        double[] signed = new double[count];
        for (int i = 0; i < count; i++) {
            signed[i] = side * longReturns[i];
        }
        return new Sample(signed, Arrays.copyOf(steps, count), stepCount, horizon);
    }

    /** Which observations are in bucket {@code b}. */
    boolean[] membersOf(int b) {
        boolean[] in = new boolean[count];
        for (int i = 0; i < count; i++) {
            in[i] = buckets[i] == b;
        }
        return in;
    }

    /** The observations of bucket {@code b}, signed for its side. */
    Sample bucket(int b, double side) {
        double[] signed = new double[count];
        for (int i = 0; i < count; i++) {
            signed[i] = side * longReturns[i];
        }
        return bucket(b, signed);
    }

    /** The observations of bucket {@code b} with {@code values[i]} in place of observation i's return. */
    Sample bucket(int b, double[] values) {
        int size = 0;
        for (int i = 0; i < count; i++) {
            if (buckets[i] == b) {
                size++;
            }
        }
        double[] mine = new double[size];
        int[] bucketSteps = new int[size];
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (buckets[i] == b) {
                mine[k] = values[i];
                bucketSteps[k++] = steps[i];
            }
        }
        return new Sample(mine, bucketSteps, stepCount, horizon);
    }
}

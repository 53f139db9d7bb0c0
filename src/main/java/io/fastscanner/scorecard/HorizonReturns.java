package io.fastscanner.scorecard;

import java.util.List;

/**
 * Every scored candle of the walked series whose horizon has closed, with its long forward return, its candle time as
 * a step number and its bucket: the observations of one horizon.
 */
final class HorizonReturns {

    final int horizon;
    final int count;
    final double[] longReturns;
    final int[] steps;
    final int[] buckets;
    final int stepCount;

    private HorizonReturns(int horizon, int count, double[] longReturns, int[] steps, int[] buckets, int stepCount) {
        this.horizon = horizon;
        this.count = count;
        this.longReturns = longReturns;
        this.steps = steps;
        this.buckets = buckets;
        this.stepCount = stepCount;
    }

    static HorizonReturns of(List<WalkedSeries> walks, ScoredSteps scored, int horizon) {
        int capacity = 0;
        for (int w = 0; w < walks.size(); w++) {
            capacity += scored.count(w);
        }
        double[] returns = new double[capacity];
        int[] steps = new int[capacity];
        int[] buckets = new int[capacity];
        int n = 0;
        for (int w = 0; w < walks.size(); w++) {
            WalkedSeries walk = walks.get(w);
            double[] closes = walk.candles().closes();
            int end = Math.min(scored.end(w), walk.size() - horizon);
            for (int i = scored.start(w); i < end; i++) {
                returns[n] = closes[i + horizon] / closes[i] - 1;
                steps[n] = scored.step(walk, i);
                buckets[n] = Bucket.indexOf(walk.signal(i), walk.strength(i));
                n++;
            }
        }
        return new HorizonReturns(horizon, n, returns, steps, buckets, scored.stepCount());
    }

    /** All observations, signed for a side (+1 long, -1 short). */
    Sample all(double side) {
        double[] signed = new double[count];
        for (int i = 0; i < count; i++) {
            signed[i] = side * longReturns[i];
        }
        return new Sample(signed, java.util.Arrays.copyOf(steps, count), stepCount, horizon);
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
        int size = 0;
        for (int i = 0; i < count; i++) {
            if (buckets[i] == b) {
                size++;
            }
        }
        double[] signed = new double[size];
        int[] bucketSteps = new int[size];
        int k = 0;
        for (int i = 0; i < count; i++) {
            if (buckets[i] == b) {
                signed[k] = side * longReturns[i];
                bucketSteps[k++] = steps[i];
            }
        }
        return new Sample(signed, bucketSteps, stepCount, horizon);
    }
}

package io.fastscanner.marketdata.synthetic;

import io.fastscanner.marketdata.Timeframe;

/**
 * The random part of a symbol's log price, built top-down so any window can be generated on its own.
 * Weekly anchors follow a mean-reverting AR(1) walk, each computed as a fixed-length weighted sum of past
 * weekly shocks (so its value never depends on the requested window). Each finer level fills its parent's
 * intervals with a Brownian bridge whose steps are scaled by the stochastic volatility at that step.
 */
final class DiffusionPath {

    private static final double DAY_MS = 86_400_000.0;
    private static final double WEEKLY_PERSISTENCE = 0.95;
    private static final int ANCHOR_MEMORY_WEEKS = 64;
    private static final long ANCHOR_STREAM = 400;
    private static final long STEP_STREAM = 410;
    private static final double[] PERSISTENCE_POWERS = new double[ANCHOR_MEMORY_WEEKS];

    static {
        for (int j = 0; j < ANCHOR_MEMORY_WEEKS; j++) {
            PERSISTENCE_POWERS[j] = Math.pow(WEEKLY_PERSISTENCE, j);
        }
    }

    private final SymbolProfile profile;
    private final VolatilityPath volatility;

    DiffusionPath(SymbolProfile profile, VolatilityPath volatility) {
        this.profile = profile;
        this.volatility = volatility;
    }

    /** Values at the boundaries {@code first..last} (inclusive) of a ladder level, boundary i at i * interval. */
    double[] points(Timeframe level, long first, long last) {
        if (level == TimeframeLadder.top()) {
            return anchors(first, last);
        }
        Timeframe parentLevel = TimeframeLadder.parent(level).orElseThrow();
        int k = TimeframeLadder.split(level);
        long parentFirst = Math.floorDiv(first, k);
        long parentLast = -Math.floorDiv(-last, k);
        double[] parent = points(parentLevel, parentFirst, parentLast);
        double[] out = new double[(int) (last - first + 1)];
        double[] walk = new double[k];
        double[] cumulativeVariance = new double[k];
        double stepDays = level.millis() / DAY_MS;
        double dailyVariance = profile.dailyVolatility() * profile.dailyVolatility();
        for (long p = parentFirst; p < parentLast; p++) {
            double a = parent[(int) (p - parentFirst)];
            double b = parent[(int) (p - parentFirst + 1)];
            double x = 0;
            double s = 0;
            for (int i = 0; i < k; i++) {
                long step = p * k + i;
                double m = volatility.multiplier(step * level.millis() + level.millis() / 2);
                double variance = dailyVariance * stepDays * m * m;
                x += Math.sqrt(variance)
                        * CounterBasedRandom.gaussian(profile.key(), STEP_STREAM + level.ordinal(), step);
                s += variance;
                walk[i] = x;
                cumulativeVariance[i] = s;
            }
            put(out, first, last, p * k, a);
            for (int i = 0; i < k - 1; i++) {
                double w = cumulativeVariance[i] / s;
                put(out, first, last, p * k + i + 1, a + w * (b - a) + walk[i] - w * x);
            }
        }
        put(out, first, last, parentLast * k, parent[parent.length - 1]);
        return out;
    }

    private static void put(double[] out, long first, long last, long index, double value) {
        if (index >= first && index <= last) {
            out[(int) (index - first)] = value;
        }
    }

    private double[] anchors(long first, long last) {
        long shockFrom = first - ANCHOR_MEMORY_WEEKS;
        double[] shocks = new double[(int) (last - shockFrom)];
        long weekMs = TimeframeLadder.top().millis();
        double weeklyVolatility = profile.dailyVolatility() * Math.sqrt(weekMs / DAY_MS);
        for (int i = 0; i < shocks.length; i++) {
            long week = shockFrom + i;
            shocks[i] = weeklyVolatility
                    * volatility.weeklyMultiplier(week * weekMs + weekMs / 2)
                    * CounterBasedRandom.gaussian(profile.key(), ANCHOR_STREAM, week);
        }
        double[] out = new double[(int) (last - first + 1)];
        for (int w = 0; w < out.length; w++) {
            int newestShock = w + ANCHOR_MEMORY_WEEKS - 1;
            double value = 0;
            for (int j = 0; j < ANCHOR_MEMORY_WEEKS; j++) {
                value += PERSISTENCE_POWERS[j] * shocks[newestShock - j];
            }
            out[w] = value;
        }
        return out;
    }
}

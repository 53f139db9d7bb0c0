package io.fastscanner.marketdata.synthetic;

/**
 * The deterministic part of a symbol's log price: trends and ranges on three scales (about a month, three
 * days and eight hours), sized to the symbol's volatility. Every timeframe reads the same schedule, so a 4h
 * chart and a 15m chart agree on where the trends are.
 */
final class TrendSchedule {

    private static final long HOUR_MS = 3_600_000L;
    private static final long[] PERIODS_MS = {32 * 24 * HOUR_MS, 72 * HOUR_MS, 8 * HOUR_MS};
    /** Typical trend move per scale, in units of daily volatility. */
    private static final double[] AMPLITUDES = {4.0, 1.2, 0.4};

    private static final double RANGE_PROBABILITY = 0.3;
    private static final long STREAM = 300;

    private final TrendScale[] scales = new TrendScale[PERIODS_MS.length];

    TrendSchedule(SymbolProfile profile) {
        for (int i = 0; i < scales.length; i++) {
            scales[i] = new TrendScale(
                    profile.key(),
                    STREAM + 10 * i,
                    PERIODS_MS[i],
                    AMPLITUDES[i] * profile.dailyVolatility(),
                    RANGE_PROBABILITY);
        }
    }

    double logLevel(long timeMs) {
        double level = 0;
        for (TrendScale scale : scales) {
            level += scale.logLevel(timeMs);
        }
        return level;
    }
}

package io.fastscanner.scorecard;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.SignalType;
import io.fastscanner.signal.TechnicalRating;

/**
 * Walks a series candle by candle and gives the quick signal each candle would have had when it closed. The
 * indicators are computed once for the whole series: TA-Lib's indicators are causal (the value at candle {@code t}
 * depends on candles {@code 0..t} only), so the rating at {@code t} uses only the candles closed at {@code t}.
 */
public final class SignalWalk {

    /**
     * A live quick scan rates the last {@code scanner.quick-scan.candles} (500) closed candles: scoring starts at the
     * first candle with 499 candles before it, so every scored candle had at least the history a live scan has.
     */
    public static final int WARMUP = 499;

    private SignalWalk() {}

    /** Every candle from {@link #WARMUP} on; a series of at most {@code WARMUP} candles has none scored. */
    public static WalkedSeries of(CandleSeries candles) {
        return of(candles, WARMUP);
    }

    public static WalkedSeries of(CandleSeries candles, int firstStep) {
        if (firstStep < TechnicalRating.MIN_CANDLES - 1) {
            throw new IllegalArgumentException(
                    "the first scored candle needs " + (TechnicalRating.MIN_CANDLES - 1) + " candles before it");
        }
        int n = Math.max(0, candles.size() - firstStep);
        SignalType[] signals = new SignalType[n];
        int[] strengths = new int[n];
        double[] ratings = new double[n];
        if (n > 0) {
            IndicatorSeries ind = IndicatorSeries.compute(candles);
            for (int k = 0; k < n; k++) {
                Rating r = TechnicalRating.rate(ind, firstStep + k);
                signals[k] = r.signal();
                strengths[k] = r.strength();
                ratings[k] = r.rating();
            }
        }
        return new WalkedSeries(candles, firstStep, signals, strengths, ratings);
    }
}

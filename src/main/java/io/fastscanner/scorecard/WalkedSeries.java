package io.fastscanner.scorecard;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.signal.SignalType;

/**
 * The quick signal of every scored candle of one series, as a walk over its history gave it: the candle at index
 * {@code t} was rated from candles {@code 0..t} only. Candles before {@link #firstStep()} are history, not scored.
 * The arrays are owned by this object and never handed out.
 */
public final class WalkedSeries {

    private final CandleSeries candles;
    private final int firstStep;
    private final SignalType[] signals;
    private final int[] strengths;
    private final double[] ratings;

    WalkedSeries(CandleSeries candles, int firstStep, SignalType[] signals, int[] strengths, double[] ratings) {
        this.candles = candles;
        this.firstStep = firstStep;
        this.signals = signals;
        this.strengths = strengths;
        this.ratings = ratings;
    }

    public CandleSeries candles() {
        return candles;
    }

    /** Index of the first scored candle: every scored candle has at least this many candles before it. */
    public int firstStep() {
        return firstStep;
    }

    /** Candles in the series (scored or not). */
    public int size() {
        return candles.size();
    }

    /** Whether candle {@code index} was scored (it had the history a live scan has). */
    public boolean scored(int index) {
        return index >= firstStep && index < candles.size();
    }

    public SignalType signal(int index) {
        return signals[checked(index)];
    }

    public int strength(int index) {
        return strengths[checked(index)];
    }

    public double rating(int index) {
        return ratings[checked(index)];
    }

    private int checked(int index) {
        if (!scored(index)) {
            throw new IndexOutOfBoundsException(
                    "candle " + index + " is not scored (scored: " + firstStep + " to " + (candles.size() - 1) + ")");
        }
        return index - firstStep;
    }
}

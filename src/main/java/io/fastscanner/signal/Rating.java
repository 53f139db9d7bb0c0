package io.fastscanner.signal;

import java.util.List;

/**
 * The outcome of the vote model on one candle.
 *
 * @param rating            mean of the two group ratings, in [-1, 1]
 * @param movingAverages    mean vote of the moving-average group, in [-1, 1]
 * @param oscillators       mean vote of the oscillator group, in [-1, 1]
 * @param strength          {@code round(100 x |rating|)}: how strongly the votes agree, 0-100
 */
public record Rating(
        double rating,
        double movingAverages,
        double oscillators,
        SignalType signal,
        int strength,
        MacdState macd,
        EmaTrend emaTrend,
        List<Vote> votes) {}

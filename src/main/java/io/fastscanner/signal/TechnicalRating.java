package io.fastscanner.signal;

import io.fastscanner.indicators.IndicatorSeries;
import java.util.ArrayList;
import java.util.List;

/**
 * The quick-signal vote model, in the spirit of TradingView's technical rating. Each indicator votes +1 (buy),
 * 0 (neutral) or -1 (sell) on the newest candle; each group's rating is the mean of its votes, the overall rating
 * the mean of the two groups. BUY above {@value #THRESHOLD}, SELL below -{@value #THRESHOLD}, HOLD between.
 *
 * <p>Moving averages (trend): close vs EMA9, EMA21, EMA50, EMA200 and SMA20 (above buys, below sells), and EMA9
 * vs EMA21. Oscillators (momentum and stretch): RSI(14) below 30 and rising buys, above 70 and falling sells;
 * Stochastic(14,3,3) %K below 20 and above %D buys, above 80 and below %D sells; MACD(12,26,9) line above its
 * signal buys, below sells; ADX(14) above 20 votes with the stronger of +DI / -DI; close below the lower
 * Bollinger band (20, 2) buys, above the upper band sells. An indicator without a value yet does not vote.
 */
public final class TechnicalRating {

    public static final double THRESHOLD = 0.1;
    /** Candles needed before the model can rate: MACD's histogram and its previous value. */
    public static final int MIN_CANDLES = 35;

    private TechnicalRating() {}

    /** The vote on the newest candle. */
    public static Rating rate(IndicatorSeries ind) {
        return rate(ind, ind.size() - 1);
    }

    /**
     * The vote on candle {@code i}, from the indicators' values at {@code i} and {@code i - 1} only. The indicators are
     * causal (their value at {@code i} depends on candles {@code 0..i}), so this equals the vote on the series cut
     * after candle {@code i}: a walk over history computes the indicators once and rates every candle.
     */
    public static Rating rate(IndicatorSeries ind, int i) {
        if (i + 1 < MIN_CANDLES || i >= ind.size()) {
            throw new IllegalArgumentException("need at least " + MIN_CANDLES + " candles up to the one rated, got "
                    + (i + 1) + " of " + ind.size());
        }
        double close = ind.close()[i];
        List<Vote> votes = new ArrayList<>(12);
        maVote(votes, "EMA(9)", close, ind.ema9()[i]);
        maVote(votes, "EMA(21)", close, ind.ema21()[i]);
        maVote(votes, "EMA(50)", close, ind.ema50()[i]);
        maVote(votes, "EMA(200)", close, ind.ema200()[i]);
        maVote(votes, "SMA(20)", close, ind.sma20()[i]);
        crossVote(votes, ind.ema9()[i], ind.ema21()[i]);
        OscillatorVotes.addAll(votes, ind, i);

        double ma = mean(votes, Vote.MOVING_AVERAGES);
        double osc = mean(votes, Vote.OSCILLATORS);
        double rating = (ma + osc) / 2.0;
        SignalType signal =
                rating > THRESHOLD ? SignalType.BUY : rating < -THRESHOLD ? SignalType.SELL : SignalType.HOLD;
        int strength = (int) Math.round(Math.abs(rating) * 100.0);
        MacdState macd = MacdState.of(ind.macd().histogram()[i], ind.macd().histogram()[i - 1]);
        EmaTrend trend = EmaTrend.of(ind.ema9()[i], ind.ema21()[i], ind.ema50()[i]);
        return new Rating(rating, ma, osc, signal, strength, macd, trend, List.copyOf(votes));
    }

    private static void maVote(List<Vote> votes, String name, double close, double ma) {
        if (Double.isNaN(ma)) {
            return;
        }
        int value = Double.compare(close, ma) > 0 ? 1 : close < ma ? -1 : 0;
        String reason = value > 0 ? "close above " + name : value < 0 ? "close below " + name : "close at " + name;
        votes.add(new Vote(Vote.MOVING_AVERAGES, name, value, reason));
    }

    private static void crossVote(List<Vote> votes, double ema9, double ema21) {
        if (Double.isNaN(ema9) || Double.isNaN(ema21)) {
            return;
        }
        int value = ema9 > ema21 ? 1 : ema9 < ema21 ? -1 : 0;
        String reason =
                value > 0 ? "EMA(9) above EMA(21)" : value < 0 ? "EMA(9) below EMA(21)" : "EMA(9) equals EMA(21)";
        votes.add(new Vote(Vote.MOVING_AVERAGES, "EMA(9)/EMA(21)", value, reason));
    }

    private static double mean(List<Vote> votes, String group) {
        int sum = 0;
        int count = 0;
        for (Vote v : votes) {
            if (v.group().equals(group)) {
                sum += v.value();
                count++;
            }
        }
        return count == 0 ? 0.0 : (double) sum / count;
    }
}

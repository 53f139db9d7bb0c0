package io.fastscanner.signal;

import io.fastscanner.indicators.IndicatorSeries;
import java.util.List;

/** The oscillator group's vote rules (see {@link TechnicalRating}). */
final class OscillatorVotes {

    static final double RSI_OVERSOLD = 30;
    static final double RSI_OVERBOUGHT = 70;
    static final double STOCH_OVERSOLD = 20;
    static final double STOCH_OVERBOUGHT = 80;
    static final double ADX_TRENDING = 20;

    private OscillatorVotes() {}

    static void addAll(List<Vote> votes, IndicatorSeries ind, int i) {
        rsi(votes, ind.rsi14()[i], ind.rsi14()[i - 1]);
        stochastic(votes, ind.stochastic().k()[i], ind.stochastic().d()[i]);
        macd(votes, ind.macd().line()[i], ind.macd().signal()[i]);
        adx(votes, ind.adx().adx()[i], ind.adx().plusDi()[i], ind.adx().minusDi()[i]);
        bollinger(
                votes,
                ind.close()[i],
                ind.bollinger().lower()[i],
                ind.bollinger().upper()[i]);
    }

    static void rsi(List<Vote> votes, double rsi, double previous) {
        if (Double.isNaN(rsi) || Double.isNaN(previous)) {
            return;
        }
        if (rsi < RSI_OVERSOLD && rsi > previous) {
            votes.add(vote("RSI(14)", 1, "oversold (< 30) and rising"));
        } else if (rsi > RSI_OVERBOUGHT && rsi < previous) {
            votes.add(vote("RSI(14)", -1, "overbought (> 70) and falling"));
        } else {
            votes.add(vote("RSI(14)", 0, "no oversold bounce or overbought turn"));
        }
    }

    static void stochastic(List<Vote> votes, double k, double d) {
        if (Double.isNaN(k) || Double.isNaN(d)) {
            return;
        }
        if (k < STOCH_OVERSOLD && k > d) {
            votes.add(vote("Stochastic(14,3,3)", 1, "%K below 20 and above %D"));
        } else if (k > STOCH_OVERBOUGHT && k < d) {
            votes.add(vote("Stochastic(14,3,3)", -1, "%K above 80 and below %D"));
        } else {
            votes.add(vote("Stochastic(14,3,3)", 0, "no turn in an extreme zone"));
        }
    }

    static void macd(List<Vote> votes, double line, double signal) {
        if (Double.isNaN(line) || Double.isNaN(signal)) {
            return;
        }
        int value = line > signal ? 1 : line < signal ? -1 : 0;
        votes.add(vote(
                "MACD(12,26,9)",
                value,
                value > 0 ? "line above signal" : value < 0 ? "line below signal" : "line equals signal"));
    }

    static void adx(List<Vote> votes, double adx, double plusDi, double minusDi) {
        if (Double.isNaN(adx) || Double.isNaN(plusDi) || Double.isNaN(minusDi)) {
            return;
        }
        if (adx > ADX_TRENDING && plusDi > minusDi) {
            votes.add(vote("ADX(14)", 1, "trending (ADX > 20) with +DI above -DI"));
        } else if (adx > ADX_TRENDING && minusDi > plusDi) {
            votes.add(vote("ADX(14)", -1, "trending (ADX > 20) with -DI above +DI"));
        } else {
            votes.add(vote("ADX(14)", 0, "no trend (ADX <= 20) or DI tie"));
        }
    }

    static void bollinger(List<Vote> votes, double close, double lower, double upper) {
        if (Double.isNaN(lower) || Double.isNaN(upper)) {
            return;
        }
        if (close < lower) {
            votes.add(vote("Bollinger(20,2)", 1, "close below the lower band"));
        } else if (close > upper) {
            votes.add(vote("Bollinger(20,2)", -1, "close above the upper band"));
        } else {
            votes.add(vote("Bollinger(20,2)", 0, "close inside the bands"));
        }
    }

    private static Vote vote(String indicator, int value, String reason) {
        return new Vote(Vote.OSCILLATORS, indicator, value, reason);
    }
}

package io.fastscanner.scorecard;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.signal.SignalType;
import java.util.Optional;

/**
 * The outcome of a signal from the candles that closed after it, and only those: the candle the signal was computed on
 * (index {@code at}) is the entry, at its close; the next {@code horizon} candles decide. A HOLD is measured as a long
 * position, so the baseline of all candles can be computed the same way.
 */
public final class Outcomes {

    private Outcomes() {}

    /**
     * @param stopLoss   the signal's stop-loss price, or null
     * @param takeProfit the signal's take-profit price, or null
     * @return empty while fewer than {@code horizon} candles have closed after the signal's (not yet known)
     */
    public static Optional<Outcome> of(
            CandleSeries candles, int at, SignalType side, int horizon, Double stopLoss, Double takeProfit) {
        if (horizon < 1) {
            throw new IllegalArgumentException("horizon must be at least one candle, was " + horizon);
        }
        if (at < 0 || at + horizon >= candles.size()) {
            return Optional.empty();
        }
        double entry = candles.closes()[at];
        double sign = side == SignalType.SELL ? -1 : 1;
        double favourable = 0;
        double adverse = 0;
        boolean levels = stopLoss != null && takeProfit != null;
        LevelHit hit = levels ? LevelHit.NEITHER : LevelHit.NO_LEVELS;
        boolean both = false;
        for (int i = at + 1; i <= at + horizon; i++) {
            double up = candles.highs()[i] / entry - 1;
            double down = candles.lows()[i] / entry - 1;
            favourable = Math.max(favourable, sign > 0 ? up : -down);
            adverse = Math.min(adverse, sign > 0 ? down : -up);
            if (hit == LevelHit.NEITHER) {
                boolean stop = reaches(candles, i, stopLoss, -sign);
                boolean target = reaches(candles, i, takeProfit, sign);
                if (stop) {
                    hit = LevelHit.STOP_FIRST;
                    both = target;
                } else if (target) {
                    hit = LevelHit.TARGET_FIRST;
                }
            }
        }
        double forward = sign * (candles.closes()[at + horizon] / entry - 1);
        return Optional.of(new Outcome(horizon, forward, favourable, adverse, hit, both));
    }

    /** Whether candle {@code i} reached {@code level} moving in {@code direction} (+1 up to a high, -1 down to a low). */
    private static boolean reaches(CandleSeries candles, int i, double level, double direction) {
        return direction > 0 ? candles.highs()[i] >= level : candles.lows()[i] <= level;
    }
}

package io.fastscanner.scorecard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How one signal turned out {@code horizon} candles after the candle it was computed on. Returns are fractions of the
 * signal candle's close (0.01 = 1 %), signed for the signal's side: for a SELL a falling price is a positive return and
 * a favourable excursion.
 *
 * @param forwardReturn    close {@code horizon} candles later against the signal's close, signed for the side
 * @param maxFavourable    the best the price went for the side within the horizon (highs for BUY, lows for SELL), at
 *                         least 0
 * @param maxAdverse       the worst it went against the side (lows for BUY, highs for SELL), at most 0
 * @param levelHit         which level the highs and lows reached first
 * @param bothInOneCandle  a candle reached both levels: its highs and lows cannot say which came first, so it is
 *                         counted as the stop (the cautious reading) and flagged here
 */
@RegisterForReflection
@Schema(description = "How a signal turned out a number of candles later; returns are fractions, signed for the side")
public record Outcome(
        int horizon,
        double forwardReturn,
        double maxFavourable,
        double maxAdverse,
        LevelHit levelHit,
        boolean bothInOneCandle) {}

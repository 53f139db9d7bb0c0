package io.fastscanner.scorecard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which of their stop-loss and take-profit a bucket's signals reached first within the horizon, judged on the highs
 * and lows of the candles after the signal (see {@link Outcomes}; a candle reaching both counts as the stop). The three
 * shares add up to 1; each interval is HAC like the hit rate's.
 *
 * @param count the signals with a stop-loss and a take-profit
 */
@RegisterForReflection
@Schema(description = "Which of stop-loss and take-profit the signals reached first within the horizon")
public record LevelShares(
        @Schema(description = "Signals with a stop-loss and a take-profit whose horizon has closed")
        int count,

        @Schema(nullable = true, description = "Share that reached the take-profit first")
        Estimate targetFirst,

        @Schema(nullable = true, description = "Share that reached the stop-loss first (or both in one candle)")
        Estimate stopFirst,

        @Schema(nullable = true, description = "Share that reached neither within the horizon")
        Estimate neither,

        @Schema(description = "Signals whose first level-reaching candle reached both, counted as the stop")
        int bothInOneCandle) {}

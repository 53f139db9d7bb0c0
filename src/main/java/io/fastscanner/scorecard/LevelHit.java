package io.fastscanner.scorecard;

/** Which of a signal's levels the candles after it reached first, judged on their highs and lows. */
public enum LevelHit {
    /** The take-profit was reached in a candle that did not also reach the stop-loss. */
    TARGET_FIRST,
    /** The stop-loss was reached first, or in the same candle as the target (see {@link Outcome#bothInOneCandle()}). */
    STOP_FIRST,
    /** Neither level was reached within the horizon. */
    NEITHER,
    /** The signal had no stop-loss and take-profit. */
    NO_LEVELS
}

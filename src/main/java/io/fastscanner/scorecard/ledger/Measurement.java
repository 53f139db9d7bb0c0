package io.fastscanner.scorecard.ledger;

import io.fastscanner.scorecard.PastSignal;

/** What the candles at hand say of a recorded signal whose next horizon is due. */
public sealed interface Measurement {

    /** At least one more horizon measured: the signal with its new outcomes, its price the signal candle's close. */
    record Measured(PastSignal signal) implements Measurement {}

    /** The candles do not reach the horizon yet (e.g. the source's candles lag its clock): left pending. */
    record Waiting() implements Measurement {}

    /** The signal's candle is not among the candles the source serves, and never will be: the signal is dropped. */
    record Unavailable(String reason) implements Measurement {}
}

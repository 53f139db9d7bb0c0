package io.fastscanner.signal;

/** The quick signal's verdict. */
public enum SignalType {
    BUY,
    SELL,
    HOLD
}

package io.fastscanner.schedule;

import io.fastscanner.analysis.Regime;
import io.fastscanner.signal.SignalType;

/** What change tracking remembers of one symbol on one timeframe from its latest scan; regime null until known. */
record SymbolSnapshot(SignalType signal, int strength, Double price, Double rsi, Regime regime) {

    SymbolSnapshot withRegime(Regime newRegime) {
        return new SymbolSnapshot(signal, strength, price, rsi, newRegime);
    }
}

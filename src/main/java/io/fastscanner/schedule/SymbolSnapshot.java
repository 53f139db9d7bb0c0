package io.fastscanner.schedule;

/** What change tracking remembers of one symbol on one timeframe from its latest scan. */
record SymbolSnapshot(String signal, int strength, Double price, Double rsi, String regime) {

    SymbolSnapshot withRegime(String newRegime) {
        return new SymbolSnapshot(signal, strength, price, rsi, newRegime);
    }
}

package io.fastscanner.marketdata.live;

import java.util.Locale;

/**
 * One candle of the tests' market as both stand-ins spell it: every value a decimal string, so the request and the
 * stream carry the very same digits and the service reads the same doubles from either.
 */
public record TruthCandle(
        long openMs, long intervalMs, String open, String high, String low, String close, String volume) {

    public long closeTimeMs() {
        return openMs + intervalMs - 1;
    }

    /** Traded value in the quote asset: close times volume. */
    public String turnover() {
        return decimal(Double.parseDouble(close) * Double.parseDouble(volume));
    }

    public double closeValue() {
        return Double.parseDouble(close);
    }

    /** The same candle with its close (and high) one percent higher: what a changed or wrong candle looks like. */
    public TruthCandle changed() {
        double moved = Double.parseDouble(close) * 1.01;
        double top = Math.max(Double.parseDouble(high), moved);
        return new TruthCandle(openMs, intervalMs, open, decimal(top), low, decimal(moved), volume);
    }

    /** The candle as it stands while forming: the same open, a close half-way to the final one. */
    public TruthCandle forming() {
        double half = (Double.parseDouble(open) + Double.parseDouble(close)) / 2;
        return new TruthCandle(
                openMs, intervalMs, open, high, low, decimal(half), decimal(Double.parseDouble(volume) / 2));
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.6f", value);
    }
}

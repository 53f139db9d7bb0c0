package io.fastscanner.marketdata;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks candles from an exchange before anything is computed from them. Pure; any source may use it. Rules:
 * <ul>
 * <li>no candles: fails {@code no_data};</li>
 * <li>a price that is NaN, infinite, zero or negative, a negative or NaN volume, {@code high < low}, or an open or
 * close outside {@code [low, high]}: fails {@code invalid_data: <what> at candle <open time>};</li>
 * <li>unordered open times: repaired, the candles are sorted by open time;</li>
 * <li>duplicate open times: repaired, the first of them is kept and the others dropped;</li>
 * <li>a gap (missing intervals) among the last {@value #RECENT_CANDLES} candles, which the indicators of the
 * signal read: fails {@code invalid_data: gap ...}; an older gap (e.g. an exchange outage long ago) is kept and
 * reported in {@link Result#notes()};</li>
 * <li>fewer candles than required after the repairs: fails {@code insufficient_data}.</li>
 * </ul>
 */
public final class CandleValidator {

    /** Closed candles the indicators of the quick signal need (MACD 26+9). */
    public static final int INDICATOR_MIN_CANDLES = 35;
    /** The newest candles that must be contiguous. */
    public static final int RECENT_CANDLES = INDICATOR_MIN_CANDLES;

    /** Candles that passed, oldest first, with what was repaired or noticed. */
    public record Result(List<Candle> candles, List<String> notes) {}

    private CandleValidator() {}

    /**
     * @param minCandles fewest candles acceptable after the repairs
     * @throws MarketDataException reason {@code no_data}, {@code invalid_data} or {@code insufficient_data}
     */
    public static Result validate(List<Candle> candles, Timeframe timeframe, int minCandles) {
        if (candles.isEmpty()) {
            throw new MarketDataException("no_data", "no closed " + timeframe + " candles");
        }
        candles.forEach(CandleValidator::checkValues);
        List<String> notes = new ArrayList<>();
        List<Candle> sorted = candles;
        if (!isSorted(candles)) {
            sorted = new ArrayList<>(candles);
            sorted.sort(Comparator.comparingLong(Candle::openTimeMs)); // stable: the first of duplicates stays first
            notes.add("sorted unordered open times");
        }
        List<Candle> unique = new ArrayList<>(sorted.size());
        for (Candle c : sorted) {
            if (unique.isEmpty() || unique.get(unique.size() - 1).openTimeMs() != c.openTimeMs()) {
                unique.add(c);
            }
        }
        if (unique.size() < sorted.size()) {
            notes.add("dropped " + (sorted.size() - unique.size()) + " duplicate candles");
        }
        checkGaps(unique, timeframe, notes);
        if (unique.size() < minCandles) {
            throw new MarketDataException(
                    "insufficient_data", unique.size() + " closed " + timeframe + " candles, need " + minCandles);
        }
        return new Result(List.copyOf(unique), List.copyOf(notes));
    }

    private static void checkValues(Candle c) {
        String problem = null;
        if (!positive(c.open()) || !positive(c.high()) || !positive(c.low()) || !positive(c.close())) {
            problem = "price not a positive number";
        } else if (!(c.volume() >= 0) || Double.isInfinite(c.volume())) {
            problem = "volume not a number of zero or more";
        } else if (c.high() < c.low()) {
            problem = "high < low";
        } else if (c.open() > c.high() || c.open() < c.low() || c.close() > c.high() || c.close() < c.low()) {
            problem = "open or close outside [low, high]";
        }
        if (problem != null) {
            throw new MarketDataException("invalid_data", problem + " at candle " + at(c.openTimeMs()));
        }
    }

    private static void checkGaps(List<Candle> candles, Timeframe timeframe, List<String> notes) {
        long step = timeframe.millis();
        int recentFrom = Math.max(1, candles.size() - RECENT_CANDLES + 1);
        for (int i = 1; i < candles.size(); i++) {
            long delta = candles.get(i).openTimeMs() - candles.get(i - 1).openTimeMs();
            if (timeframe == Timeframe.W1 || delta <= step) {
                continue;
            }
            String gap = "gap of " + (delta / step - 1) + " missing candles before "
                    + at(candles.get(i).openTimeMs());
            if (i >= recentFrom) {
                throw new MarketDataException("invalid_data", gap + ", within the last " + RECENT_CANDLES + " candles");
            }
            notes.add(gap);
        }
    }

    private static boolean isSorted(List<Candle> candles) {
        for (int i = 1; i < candles.size(); i++) {
            if (candles.get(i).openTimeMs() < candles.get(i - 1).openTimeMs()) {
                return false;
            }
        }
        return true;
    }

    private static boolean positive(double v) {
        return v > 0 && !Double.isInfinite(v);
    }

    private static String at(long openTimeMs) {
        return Instant.ofEpochMilli(openTimeMs).toString();
    }
}

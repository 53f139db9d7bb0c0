package io.fastscanner.scorecard;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The BUY and SELL signals of a walked series as {@link PastSignal}s, with their outcomes so far. */
public final class PastSignals {

    private PastSignals() {}

    /**
     * @param changes keep only the candles whose signal differs from the candle before's (the first scored candle
     *                counts as a change): the entries, for a chart
     * @param limit   the newest this many, returned oldest first
     */
    public static List<PastSignal> of(
            WalkedSeries walk,
            Exchange exchange,
            long fromMs,
            long toMs,
            boolean changes,
            int limit,
            List<Integer> horizons) {
        CandleSeries candles = walk.candles();
        long[] times = candles.openTimes();
        Deque<Integer> newest = new ArrayDeque<>();
        for (int i = walk.firstStep(); i < walk.size(); i++) {
            if (times[i] < fromMs || times[i] > toMs) {
                continue;
            }
            SignalType signal = walk.signal(i);
            boolean changed = i == walk.firstStep() || walk.signal(i - 1) != signal;
            if (signal != SignalType.HOLD && (!changes || changed)) {
                newest.addLast(i);
                if (newest.size() > limit) {
                    newest.removeFirst();
                }
            }
        }
        List<PastSignal> signals = new ArrayList<>(newest.size());
        for (int i : newest) {
            signals.add(signal(walk, exchange, i, horizons));
        }
        return signals;
    }

    private static PastSignal signal(WalkedSeries walk, Exchange exchange, int i, List<Integer> horizons) {
        CandleSeries candles = walk.candles();
        List<Outcome> outcomes = new ArrayList<>();
        List<Integer> pending = new ArrayList<>();
        for (int horizon : horizons) {
            Optional<Outcome> outcome = Outcomes.of(candles, i, walk.signal(i), horizon, null, null);
            if (outcome.isPresent()) {
                outcomes.add(outcome.get());
            } else {
                pending.add(horizon);
            }
        }
        return new PastSignal(
                exchange,
                candles.symbol(),
                candles.timeframe(),
                Instant.ofEpochMilli(candles.openTime(i)),
                walk.signal(i),
                walk.strength(i),
                walk.rating(i),
                candles.closes()[i],
                null,
                null,
                null,
                outcomes,
                pending);
    }
}

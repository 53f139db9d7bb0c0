package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One symbol's candles on one timeframe as a stream keeps them: the closed candles, and the forming one apart. Closed
 * candles enter only in sequence; a missed, out-of-order or changed candle turns the series to {@code repairing}
 * until the closed candles of a request replace them ({@link #repaired}). While repairing, the stream's closed
 * candles are held back and applied after the repair, so none is lost. Thread-safe.
 */
public final class LiveSeries {

    /** What one pushed candle did to the series. */
    public enum Outcome {
        /** The next closed candle: the series moved on by one. */
        CLOSED,
        /** The forming candle was updated. */
        FORMING,
        /** Already known, identical: nothing changed. */
        DUPLICATE,
        /** Held back until the running repair is done. */
        HELD,
        /** A candle was missed, arrived out of order or changed after closing: the series needs a repair. */
        NEEDS_REPAIR
    }

    private final MarketSymbol symbol;
    private final Timeframe timeframe;
    private final CandleRing closed;
    private final List<Candle> held = new ArrayList<>();
    private Candle forming;
    private boolean repairing = true;
    private boolean historyComplete;
    private String repairReason = "not yet loaded";
    /** Completed when the series next gains a closed candle (from its stream or a repair). */
    private CompletableFuture<Void> nextClose = new CompletableFuture<>();

    private CompletableFuture<Void> released;

    public LiveSeries(MarketSymbol symbol, Timeframe timeframe, int capacity) {
        this.symbol = symbol;
        this.timeframe = timeframe;
        this.closed = new CandleRing(capacity);
    }

    public Outcome accept(Candle candle, boolean isClosed) {
        Outcome outcome;
        synchronized (this) {
            outcome = acceptHeld(candle, isClosed);
        }
        releaseWaiters();
        return outcome;
    }

    private Outcome acceptHeld(Candle candle, boolean isClosed) {
        if (!isClosed) {
            return forming(candle);
        }
        if (repairing) {
            held.add(candle);
            return Outcome.HELD;
        }
        long interval = timeframe.millis();
        long time = candle.openTimeMs();
        // the first candle follows a request that found none closed yet (a symbol listed within one interval)
        if (closed.size() == 0 || time == closed.lastOpenTime() + interval) {
            closed.append(candle);
            if (forming != null && forming.openTimeMs() <= time) {
                forming = null;
            }
            signalClose();
            return Outcome.CLOSED;
        }
        long last = closed.lastOpenTime();
        if (time <= last) {
            int at = closed.indexOf(time);
            if (at >= 0 && closed.get(at).equals(candle)) {
                return Outcome.DUPLICATE;
            }
            return needsRepair(time < last ? "out-of-order candle " + time : "closed candle " + time + " changed");
        }
        return needsRepair("missed candle " + (last + interval));
    }

    private Outcome forming(Candle candle) {
        if (repairing || closed.size() == 0) {
            forming = candle;
            return Outcome.FORMING;
        }
        long interval = timeframe.millis();
        long last = closed.lastOpenTime();
        if (candle.openTimeMs() <= last) {
            return Outcome.DUPLICATE; // a late update of a candle that has closed since
        }
        if (candle.openTimeMs() > last + interval) {
            forming = candle;
            return needsRepair("missed the close of " + (last + interval));
        }
        forming = candle;
        return Outcome.FORMING;
    }

    private Outcome needsRepair(String reason) {
        repairing = true;
        repairReason = reason;
        return Outcome.NEEDS_REPAIR;
    }

    /** The series must be reloaded before it is used (e.g. the connection was lost); closed candles are held. */
    public synchronized void markRepairing(String reason) {
        repairing = true;
        repairReason = reason;
    }

    /**
     * The closed candles of a request, oldest first, replace the series; the candles held meanwhile are applied after
     * them. {@code complete} says the exchange has no older candles than these. False when the held candles leave a
     * gap: the series stays repairing and needs another request.
     */
    public boolean repaired(CandleSeries truth, boolean complete) {
        boolean whole;
        synchronized (this) {
            whole = repairedHeld(truth, complete);
        }
        releaseWaiters();
        return whole;
    }

    private boolean repairedHeld(CandleSeries truth, boolean complete) {
        closed.clear();
        for (int i = Math.max(0, truth.size() - closed.capacity()); i < truth.size(); i++) {
            closed.append(truth.candle(i));
        }
        historyComplete = complete;
        List<Candle> pending = new ArrayList<>(held);
        held.clear();
        pending.sort((a, b) -> Long.compare(a.openTimeMs(), b.openTimeMs()));
        long interval = timeframe.millis();
        for (Candle candle : pending) {
            if (closed.size() > 0 && candle.openTimeMs() <= closed.lastOpenTime()) {
                continue; // the request already had it; the request is the truth
            }
            if (closed.size() > 0 && candle.openTimeMs() != closed.lastOpenTime() + interval) {
                repairReason = "missed candle " + (closed.lastOpenTime() + interval) + " during the repair";
                return false;
            }
            closed.append(candle);
        }
        repairing = false;
        repairReason = null;
        signalClose();
        return true;
    }

    private void signalClose() {
        released = nextClose;
        nextClose = new CompletableFuture<>();
    }

    /** Wakes those waiting for a close outside the lock, so what they do next never runs holding it. */
    private void releaseWaiters() {
        CompletableFuture<Void> waiting;
        synchronized (this) {
            waiting = released;
            released = null;
        }
        if (waiting != null) {
            waiting.complete(null);
        }
    }

    /**
     * When the series lacks only the candle that closed at the last boundary, less than {@code graceMs} ago at
     * {@code nowMs} (the exchange pushes a candle's final state just after its close): completes when the series next
     * gains a closed candle. Empty otherwise.
     */
    public synchronized Optional<CompletionStage<Void>> closeDue(long nowMs, long graceMs) {
        if (repairing || closed.size() == 0) {
            return Optional.empty();
        }
        long currentOpen = timeframe.nextCloseAfter(nowMs) - timeframe.millis();
        boolean oneBehind = closed.lastOpenTime() + 2 * timeframe.millis() == currentOpen;
        return oneBehind && nowMs - currentOpen < graceMs ? Optional.of(nextClose) : Optional.empty();
    }

    /**
     * The newest {@code limit} closed candles, when the series is not repairing, ends with the candle that closed last
     * at {@code nowMs}, and holds {@code limit} candles (or all the exchange has).
     */
    public synchronized Optional<CandleSeries> fresh(long nowMs, int limit) {
        if (repairing || closed.size() == 0 || !endsAtLastClose(nowMs)) {
            return Optional.empty();
        }
        if (closed.size() < limit && !historyComplete) {
            return Optional.empty();
        }
        return Optional.of(closed.toSeries(symbol, timeframe, limit));
    }

    /** All closed candles held, fresh or not. */
    public synchronized CandleSeries snapshot() {
        return closed.toSeries(symbol, timeframe, closed.size());
    }

    private boolean endsAtLastClose(long nowMs) {
        long currentOpen = timeframe.nextCloseAfter(nowMs) - timeframe.millis();
        return closed.lastOpenTime() + timeframe.millis() == currentOpen;
    }

    public synchronized Optional<Candle> forming() {
        return Optional.ofNullable(forming);
    }

    public synchronized boolean repairing() {
        return repairing;
    }

    /** Why the series is repairing, or null. */
    public synchronized String repairReason() {
        return repairReason;
    }

    public MarketSymbol symbol() {
        return symbol;
    }

    public Timeframe timeframe() {
        return timeframe;
    }

    public int capacity() {
        return closed.capacity();
    }
}

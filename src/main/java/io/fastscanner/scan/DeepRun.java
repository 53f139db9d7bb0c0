package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.subscription.Cancellable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** The background analysis of one scan: what is waiting, what is done, and whether a newer scan superseded it. */
final class DeepRun {

    final String scanId;
    final Timeframe timeframe;
    final int total;
    final long startNanos = System.nanoTime();
    private final AtomicInteger waiting;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Cancellable subscription;

    DeepRun(String scanId, Timeframe timeframe, int total) {
        this.scanId = scanId;
        this.timeframe = timeframe;
        this.total = total;
        this.waiting = new AtomicInteger(total);
    }

    /** A symbol leaves the queue; false when the run was superseded and the symbol must be dropped. */
    boolean take() {
        if (cancelled.get()) {
            return false;
        }
        waiting.decrementAndGet();
        return true;
    }

    int finish(boolean success) {
        if (!success) {
            failed.incrementAndGet();
        }
        return completed.incrementAndGet();
    }

    void attach(Cancellable subscription) {
        this.subscription = subscription;
        if (cancelled.get()) {
            subscription.cancel();
        }
    }

    void cancel() {
        if (cancelled.compareAndSet(false, true)) {
            waiting.set(0);
            Cancellable s = subscription;
            if (s != null) {
                s.cancel();
            }
        }
    }

    boolean cancelled() {
        return cancelled.get();
    }

    int waiting() {
        return waiting.get();
    }

    int failed() {
        return failed.get();
    }

    /** The run has announced its end (or stopped): only then is it no longer running. */
    void close() {
        closed.set(true);
    }

    /** Superseded, or ended and announced: its last event has been published. */
    boolean done() {
        return cancelled.get() || closed.get();
    }
}

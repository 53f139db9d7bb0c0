package io.fastscanner.scan;

import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The background analysis of one scan: what is waiting, what is done, and how it ended. It ends exactly once: it
 * completes (and announces {@code deepAnalysisComplete}), a newer scan supersedes it, or the service stops it; the
 * first of these wins, so a scan never gets two closing events.
 */
final class DeepRun {

    private enum State {
        RUNNING,
        /** Completing: its closing event is being published; still running until that is done. */
        CLOSING,
        CLOSED,
        SUPERSEDED,
        STOPPED
    }

    final String scanId;
    final Timeframe timeframe;
    final Instant scanStartedAt;
    final int total;
    final long startNanos = System.nanoTime();
    private final AtomicInteger waiting;
    private final AtomicInteger completed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicReference<State> state = new AtomicReference<>(State.RUNNING);
    private volatile Cancellable subscription;

    DeepRun(ScanResult scan, int total) {
        this.scanId = scan.scanId();
        this.timeframe = scan.timeframe();
        this.scanStartedAt = scan.startedAt();
        this.total = total;
        this.waiting = new AtomicInteger(total);
    }

    /** A symbol leaves the queue; false when the run has ended and the symbol must be dropped. */
    boolean take() {
        if (cancelled()) {
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
        if (cancelled()) {
            subscription.cancel();
        }
    }

    /** Starts completing; false when the run already ended another way (then nothing must be announced). */
    boolean beginClose() {
        return state.compareAndSet(State.RUNNING, State.CLOSING);
    }

    /** Its closing event is out: from now on it is no longer running. */
    void closed() {
        state.compareAndSet(State.CLOSING, State.CLOSED);
    }

    /** A newer scan replaces this one; true when it was still running (then its end must be announced). */
    boolean supersede() {
        return end(State.SUPERSEDED);
    }

    /** The service stops; true when it was still running. */
    boolean stop() {
        return end(State.STOPPED);
    }

    private boolean end(State how) {
        if (!state.compareAndSet(State.RUNNING, how)) {
            return false;
        }
        waiting.set(0);
        Cancellable s = subscription;
        if (s != null) {
            s.cancel();
        }
        return true;
    }

    /** Superseded or stopped: its remaining symbols are dropped. */
    boolean cancelled() {
        State s = state.get();
        return s == State.SUPERSEDED || s == State.STOPPED;
    }

    /** Stopped by the shutdown of the service. */
    boolean stopped() {
        return state.get() == State.STOPPED;
    }

    int waiting() {
        return waiting.get();
    }

    int failed() {
        return failed.get();
    }

    /** Ended, and its closing event (if any) published. */
    boolean done() {
        State s = state.get();
        return s != State.RUNNING && s != State.CLOSING;
    }
}

package io.fastscanner.marketdata.exchanges;

/**
 * The circuit breaker of one exchange endpoint, with the policy of the Binance source: it opens when at least half of
 * the last {@value #WINDOW} calls failed transiently, refuses calls for {@value #OPEN_SECONDS} s, then lets calls
 * through again (half-open) and closes after {@value #SUCCESSES_TO_CLOSE} successes in a row; a failure while
 * half-open opens it again. Times are passed in; thread-safe.
 */
public final class CircuitBreaker {

    public static final int WINDOW = 20;
    public static final int OPEN_SECONDS = 30;
    static final int SUCCESSES_TO_CLOSE = 2;

    /** What the breaker shows in {@code GET /api/scanner/exchanges}. */
    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final boolean[] failed = new boolean[WINDOW];
    private int recorded;
    private int next;
    private long openUntilMs = -1;
    private boolean halfOpen;
    private int successesWhileHalfOpen;

    /** Whether a call may be sent at {@code nowMs}. */
    public synchronized boolean allows(long nowMs) {
        if (openUntilMs < 0) {
            return true;
        }
        if (nowMs < openUntilMs) {
            return false;
        }
        if (!halfOpen) {
            halfOpen = true;
            successesWhileHalfOpen = 0;
        }
        return true;
    }

    public synchronized void succeeded() {
        if (halfOpen) {
            if (++successesWhileHalfOpen >= SUCCESSES_TO_CLOSE) {
                reset();
            }
            return;
        }
        record(false);
    }

    /** A transient failure (5xx, timeout, I/O error) at {@code nowMs}. */
    public synchronized void failed(long nowMs) {
        if (halfOpen) {
            open(nowMs);
            return;
        }
        record(true);
        if (recorded >= WINDOW && failures() * 2 >= WINDOW) {
            open(nowMs);
        }
    }

    public synchronized State state(long nowMs) {
        if (openUntilMs < 0) {
            return State.CLOSED;
        }
        return nowMs < openUntilMs ? State.OPEN : State.HALF_OPEN;
    }

    private void record(boolean failure) {
        failed[next] = failure;
        next = (next + 1) % WINDOW;
        recorded = Math.min(WINDOW, recorded + 1);
    }

    private int failures() {
        int n = 0;
        for (int i = 0; i < recorded; i++) {
            n += failed[i] ? 1 : 0;
        }
        return n;
    }

    private void open(long nowMs) {
        openUntilMs = nowMs + OPEN_SECONDS * 1000L;
        halfOpen = false;
    }

    private void reset() {
        java.util.Arrays.fill(failed, false);
        recorded = 0;
        next = 0;
        openUntilMs = -1;
        halfOpen = false;
    }
}

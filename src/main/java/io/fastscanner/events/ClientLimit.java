package io.fastscanner.events;

import java.util.concurrent.atomic.AtomicInteger;

/** How many clients the stream serves at once: a place is taken when a client connects and given back when it ends. */
final class ClientLimit {

    private final int max;
    private final AtomicInteger taken = new AtomicInteger();

    ClientLimit(int max) {
        this.max = max;
    }

    /** Takes a place; false when all are taken. */
    boolean tryTake() {
        return taken.getAndUpdate(n -> n < max ? n + 1 : n) < max;
    }

    void giveBack() {
        taken.decrementAndGet();
    }

    int max() {
        return max;
    }
}

package io.fastscanner.bench;

import java.util.ArrayDeque;

/** The messages a client sent in the last second (a sliding window), against a limit per second. */
final class MessageRate {

    private final int limit;
    private final ArrayDeque<Long> recent = new ArrayDeque<>();

    MessageRate(int limit) {
        this.limit = limit;
    }

    /** Counts one message at {@code nowMs}; returns how many arrived in the second up to it, this one included. */
    synchronized int count(long nowMs) {
        while (!recent.isEmpty() && recent.peekFirst() <= nowMs - 1000) {
            recent.pollFirst();
        }
        recent.addLast(nowMs);
        return recent.size();
    }

    boolean exceededBy(int count) {
        return count > limit;
    }
}

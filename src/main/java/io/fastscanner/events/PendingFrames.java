package io.fastscanner.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The frames waiting for one client, at most {@code capacity}. Publishers add to it; the client's event loop takes
 * everything at once. It also records whether a drain is already scheduled, so a burst of events costs the client
 * one event-loop task and one write, not one per event.
 */
final class PendingFrames {

    enum Offer {
        /** Queued behind frames a scheduled drain will take. */
        QUEUED,
        /** Queued; the caller schedules a drain. */
        DRAIN_NEEDED,
        /** The client is too far behind: its frames were dropped and nothing more is accepted. */
        OVERFLOWED,
        /** Not queued: the queue is closed (or, for a heartbeat, not idle). */
        REFUSED
    }

    private final ArrayDeque<SseFrame> frames = new ArrayDeque<>();
    private final int capacity;
    private boolean drainScheduled;
    private boolean closed;

    PendingFrames(int capacity) {
        this.capacity = Math.max(1, capacity);
    }

    int capacity() {
        return capacity;
    }

    synchronized Offer offer(SseFrame frame) {
        if (closed) {
            return Offer.REFUSED;
        }
        if (frames.size() >= capacity) {
            close();
            return Offer.OVERFLOWED;
        }
        frames.addLast(frame);
        return drainNeeded();
    }

    /** Queues {@code frame} only when nothing is waiting: a waiting frame already shows the stream is alive. */
    synchronized Offer offerIfIdle(SseFrame frame) {
        if (closed || !frames.isEmpty()) {
            return Offer.REFUSED;
        }
        frames.addLast(frame);
        return drainNeeded();
    }

    private Offer drainNeeded() {
        if (drainScheduled) {
            return Offer.QUEUED;
        }
        drainScheduled = true;
        return Offer.DRAIN_NEEDED;
    }

    /** Everything waiting, oldest first. The next offer schedules a new drain. */
    synchronized List<SseFrame> takeAll() {
        drainScheduled = false;
        if (frames.isEmpty()) {
            return List.of();
        }
        List<SseFrame> all = new ArrayList<>(frames);
        frames.clear();
        return all;
    }

    synchronized int size() {
        return frames.size();
    }

    /** Refuses everything from now on, keeping what is waiting for one last {@link #takeAll()}. */
    synchronized void seal() {
        closed = true;
    }

    /** Drops what is waiting and refuses everything from now on. */
    synchronized void close() {
        closed = true;
        frames.clear();
    }
}

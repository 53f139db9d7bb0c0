package io.fastscanner.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One client of the stream. Publishers only offer frames to its bounded {@link PendingFrames}; its event loop writes
 * everything waiting in one write, when the socket can take it. While the socket is full, frames wait in the bounded
 * queue; when that overflows, the client is unsubscribed, sent the {@code error} event (which it gets if it reads
 * again) and disconnected a second later. Either way publishing never waits for it.
 */
final class SseConnection implements EventBus.Subscriber {

    static final Duration CLOSE_AFTER_OVERFLOW = Duration.ofSeconds(1);

    private final SseOutput output;
    private final Executor eventLoop;
    private final PendingFrames pending;
    private final Predicate<ScanEvent> filter;
    private final Consumer<SseConnection> onEnd;
    private final AtomicBoolean unsubscribed = new AtomicBoolean();
    /** Nothing more is written. Only used on the event loop. */
    private boolean ended;

    /**
     * @param eventLoop runs tasks on the connection's event loop, in order
     * @param onEnd     unsubscribes the connection; called once, on overflow or when the client went away
     */
    SseConnection(
            SseOutput output,
            Executor eventLoop,
            int capacity,
            Predicate<ScanEvent> filter,
            Consumer<SseConnection> onEnd) {
        this.output = output;
        this.eventLoop = eventLoop;
        this.pending = new PendingFrames(capacity);
        this.filter = filter;
        this.onEnd = onEnd;
    }

    @Override
    public boolean wants(ScanEvent event) {
        return filter.test(event);
    }

    @Override
    public void deliver(FramedEvent event) {
        send(event.frame());
    }

    void send(SseFrame frame) {
        handle(pending.offer(frame));
    }

    void heartbeat() {
        handle(pending.offerIfIdle(SseFrames.HEARTBEAT));
    }

    private void handle(PendingFrames.Offer offer) {
        switch (offer) {
            case DRAIN_NEEDED -> eventLoop.execute(this::drain);
            case OVERFLOWED -> {
                unsubscribe();
                eventLoop.execute(this::dropSlowConsumer);
            }
            case QUEUED, REFUSED -> {}
        }
    }

    /** Writes everything waiting (on the event loop); also called when a full socket has drained. */
    void drain() {
        if (ended || output.writeQueueFull()) {
            return;
        }
        List<SseFrame> batch = pending.takeAll();
        if (!batch.isEmpty()) {
            output.write(SseFrame.batch(batch));
        }
    }

    private void dropSlowConsumer() {
        if (ended) {
            return;
        }
        ended = true;
        // Written although the socket is full: a client that reads again within the delay still learns why.
        output.write(SseFrame.batch(List.of(SseFrames.slowConsumer(pending.capacity()))));
        output.closeAfter(CLOSE_AFTER_OVERFLOW);
    }

    /**
     * Ends the stream for good: what is waiting, then {@code last}, then a clean end of the response. Publishing to
     * this client stops at once.
     */
    void finish(SseFrame last) {
        unsubscribe();
        pending.seal();
        eventLoop.execute(() -> {
            if (ended) {
                return;
            }
            ended = true;
            List<SseFrame> batch = new ArrayList<>(pending.takeAll());
            pending.close();
            batch.add(last);
            output.write(SseFrame.batch(batch));
            output.end();
        });
    }

    /** The client went away (on the event loop). */
    void closed() {
        ended = true;
        pending.close();
        unsubscribe();
    }

    private void unsubscribe() {
        if (unsubscribed.compareAndSet(false, true)) {
            onEnd.accept(this);
        }
    }
}

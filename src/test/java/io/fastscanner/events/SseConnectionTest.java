package io.fastscanner.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.time.TimeId;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SseConnectionTest {

    /** The client's socket: records each write; a test decides when it is full. */
    static final class FakeOutput implements SseOutput {
        final List<String> writes = new ArrayList<>();
        boolean full;
        Duration closeAfter;
        boolean ended;

        @Override
        public boolean writeQueueFull() {
            return full;
        }

        @Override
        public void write(Buffer bytes) {
            writes.add(bytes.toString(StandardCharsets.UTF_8));
        }

        @Override
        public void closeAfter(Duration delay) {
            closeAfter = delay;
        }

        @Override
        public void end() {
            ended = true;
        }
    }

    /** The connection's event loop, run by hand. */
    private final Queue<Runnable> eventLoop = new ArrayDeque<>();

    private final FakeOutput output = new FakeOutput();
    private final AtomicInteger unsubscribed = new AtomicInteger();

    private SseConnection connection(int capacity) {
        return new SseConnection(output, eventLoop::add, capacity, e -> true, c -> unsubscribed.incrementAndGet());
    }

    private void runEventLoop() {
        for (Runnable task; (task = eventLoop.poll()) != null; ) {
            task.run();
        }
    }

    private static FramedEvent event(long id) {
        ScanEvent event =
                new ScanEvent(new TimeId(id, 0), EventName.ANALYSIS_PROGRESS, "s", null, "{\"completed\":" + id + "}");
        return new FramedEvent(event, SseFrames.event(event));
    }

    @Test
    void eventsPublishedBeforeTheEventLoopRunsGoOutInOneWriteInOrder() {
        SseConnection connection = connection(100);
        StringBuilder expected = new StringBuilder();
        for (int id = 1; id <= 20; id++) {
            FramedEvent e = event(id);
            connection.deliver(e);
            expected.append(e.frame().text());
        }
        assertThat(eventLoop).as("one task for the whole burst").hasSize(1);
        runEventLoop();
        assertThat(output.writes).containsExactly(expected.toString());
    }

    @Test
    void whileTheSocketIsFullEventsWaitInTheQueueAndFollowInOneWriteWhenItDrains() {
        SseConnection connection = connection(100);
        connection.deliver(event(1));
        runEventLoop();
        output.full = true;
        for (int id = 2; id <= 6; id++) {
            connection.deliver(event(id));
        }
        runEventLoop();
        assertThat(output.writes).hasSize(1);

        output.full = false;
        connection.drain();
        assertThat(output.writes).hasSize(2);
        assertThat(output.writes.get(1))
                .isEqualTo(event(2).frame().text()
                        + event(3).frame().text()
                        + event(4).frame().text()
                        + event(5).frame().text()
                        + event(6).frame().text());
    }

    @Test
    void aClientThatFallsTooFarBehindGetsTheErrorEventIsUnsubscribedAndClosedAfterASecond() {
        SseConnection connection = connection(3);
        output.full = true;
        for (int id = 1; id <= 10; id++) {
            connection.deliver(event(id));
        }
        assertThat(unsubscribed)
                .as("unsubscribed as soon as it overflowed, by the publisher")
                .hasValue(1);
        runEventLoop();
        assertThat(output.writes)
                .singleElement()
                .asString()
                .startsWith("event:error\n")
                .contains("SLOW_CONSUMER", "more than 3 events");
        assertThat(output.closeAfter).isEqualTo(Duration.ofSeconds(1));

        connection.heartbeat();
        connection.closed();
        output.full = false;
        connection.drain();
        runEventLoop();
        assertThat(output.writes).hasSize(1);
        assertThat(unsubscribed).as("unsubscribed once").hasValue(1);
    }

    @Test
    void aClosedClientIsUnsubscribedAndGetsNothingMore() {
        SseConnection connection = connection(10);
        connection.deliver(event(1));
        connection.closed();
        runEventLoop();
        connection.deliver(event(2));
        connection.heartbeat();
        runEventLoop();
        assertThat(output.writes).isEmpty();
        assertThat(unsubscribed).hasValue(1);
        assertThat(eventLoop).isEmpty();
    }

    @Test
    void aHeartbeatIsSentOnlyToAnIdleClient() {
        SseConnection connection = connection(10);
        connection.heartbeat();
        connection.heartbeat();
        runEventLoop();
        assertThat(output.writes).containsExactly(":heartbeat\n\n");

        connection.deliver(event(1));
        connection.heartbeat();
        runEventLoop();
        assertThat(output.writes).hasSize(2).last().isEqualTo(event(1).frame().text());
    }

    @Test
    void finishingSendsWhatWaitsThenTheLastFrameThenEndsTheStream() {
        SseConnection c = connection(10);
        output.full = true;
        c.deliver(event(1));
        c.deliver(event(2));
        runEventLoop();
        assertThat(output.writes).isEmpty();

        c.finish(SseFrames.shutdown(Duration.ofSeconds(3), new TimeId(2, 0)));
        c.deliver(event(3));
        runEventLoop();

        assertThat(output.writes)
                .singleElement()
                .satisfies(w -> assertThat(w)
                        .contains("\"completed\":1", "\"completed\":2", "event:shutdown\nretry:3000\n")
                        .doesNotContain("\"completed\":3"));
        assertThat(output.ended).isTrue();
        assertThat(unsubscribed).hasValue(1);
    }
}

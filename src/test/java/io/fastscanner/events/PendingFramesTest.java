package io.fastscanner.events;

import static io.fastscanner.events.PendingFrames.Offer.DRAIN_NEEDED;
import static io.fastscanner.events.PendingFrames.Offer.OVERFLOWED;
import static io.fastscanner.events.PendingFrames.Offer.QUEUED;
import static io.fastscanner.events.PendingFrames.Offer.REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.time.TimeId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PendingFramesTest {

    private static SseFrame frame(int id) {
        return SseFrames.event(new ScanEvent(new TimeId(id, 0), EventName.ANALYSIS_PROGRESS, "s", null, "{}"));
    }

    @Test
    void aBurstSchedulesOneDrainThatTakesEverythingInOrder() {
        PendingFrames pending = new PendingFrames(10);
        List<SseFrame> frames =
                IntStream.rangeClosed(1, 5).mapToObj(PendingFramesTest::frame).toList();

        assertThat(pending.offer(frames.get(0))).isEqualTo(DRAIN_NEEDED);
        for (SseFrame f : frames.subList(1, 5)) {
            assertThat(pending.offer(f)).isEqualTo(QUEUED);
        }
        assertThat(pending.takeAll()).containsExactlyElementsOf(frames);
        assertThat(pending.takeAll()).isEmpty();
        assertThat(pending.offer(frame(6)))
                .as("after a drain, the next frame schedules another")
                .isEqualTo(DRAIN_NEEDED);
    }

    @Test
    void aFrameBeyondTheCapacityOverflowsDropsWhatWaitedAndClosesTheQueue() {
        PendingFrames pending = new PendingFrames(3);
        for (int i = 1; i <= 3; i++) {
            assertThat(pending.offer(frame(i))).isIn(DRAIN_NEEDED, QUEUED);
        }
        assertThat(pending.offer(frame(4))).isEqualTo(OVERFLOWED);
        assertThat(pending.size()).isZero();
        assertThat(pending.offer(frame(5))).isEqualTo(REFUSED);
        assertThat(pending.offerIfIdle(SseFrames.HEARTBEAT)).isEqualTo(REFUSED);
        assertThat(pending.takeAll()).isEmpty();
    }

    @Test
    void theCapacityCountsWhatWaitsNotWhatWasTaken() {
        PendingFrames pending = new PendingFrames(2);
        for (int i = 1; i <= 10; i++) {
            assertThat(pending.offer(frame(i))).isEqualTo(DRAIN_NEEDED);
            assertThat(pending.takeAll()).hasSize(1);
        }
    }

    @Test
    void aHeartbeatIsQueuedOnlyWhenNothingWaits() {
        PendingFrames pending = new PendingFrames(10);
        assertThat(pending.offerIfIdle(SseFrames.HEARTBEAT)).isEqualTo(DRAIN_NEEDED);
        assertThat(pending.offerIfIdle(SseFrames.HEARTBEAT)).isEqualTo(REFUSED);
        SseFrame event = frame(1);
        assertThat(pending.offer(event)).isEqualTo(QUEUED);
        assertThat(pending.takeAll()).containsExactly(SseFrames.HEARTBEAT, event);
    }

    @Test
    void aClosedQueueRefusesEverything() {
        PendingFrames pending = new PendingFrames(10);
        pending.offer(frame(1));
        pending.close();
        assertThat(pending.takeAll()).isEmpty();
        assertThat(pending.offer(frame(2))).isEqualTo(REFUSED);
    }
}

package io.fastscanner.events;

import static io.fastscanner.events.ScanRequests.THREE;
import static io.fastscanner.events.ScanRequests.scan;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.events.SseTestClient.Frame;
import io.fastscanner.testing.SmallLimitsProfile;
import io.fastscanner.time.TimeId;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replay buffer, retry hint and heartbeat of the stream, at the small limits of {@link SmallLimitsProfile}. */
@QuarkusTest
@TestProfile(SmallLimitsProfile.class)
class EventStreamLimitsTest {

    @TestHTTPResource("/api/scanner/events")
    URI events;

    @Inject
    EventBus bus;

    @Test
    void anIdOlderThanTheReplayBufferGetsAResync() {
        completedScan();
        TimeId before = bus.lastId();
        String scanId = completedScan(); // more events than the buffer holds
        try (SseTestClient client = SseTestClient.connect(events, Map.of("Last-Event-ID", before.toString()))) {
            client.awaitEvent("resync");
            List<Frame> frames = client.frames();
            assertThat(frames.get(0).name()).isEqualTo("connected");
            assertThat(frames.get(1).name()).isEqualTo("resync");
            assertThat(frames.get(1).id()).isNull();
            assertThat(frames.get(1).json().get("reason").asText()).isEqualTo("older_than_buffer");
            assertThat(frames.get(1).json().get("reload").asText()).isEqualTo("/api/scanner/results");
            assertThat(frames.get(1).json().get("newestEventId").asText())
                    .isEqualTo(bus.lastId().toString());
            client.awaitEvent("deepAnalysisComplete", scanId);
        }
    }

    @Test
    void anIdStillInTheReplayBufferGetsNoResync() {
        completedScan();
        List<ScanEvent> buffered = bus.since(null);
        TimeId id = buffered.get(buffered.size() - 3).id();
        try (SseTestClient client = SseTestClient.connect(events, Map.of("Last-Event-ID", id.toString()))) {
            client.awaitCount(f -> f.id() != null, 2, "the missed events");
            assertThat(client.frames()).extracting(Frame::name).doesNotContain("resync");
            assertThat(client.events())
                    .extracting(Frame::timeId)
                    .containsExactly(
                            buffered.get(buffered.size() - 2).id(),
                            buffered.get(buffered.size() - 1).id());
        }
    }

    @Test
    void anIdFromBeforeTheServiceStartedGetsAResyncSayingItRestarted() {
        assertThat(resyncReason(new TimeId(1_000, 7))).isEqualTo("restarted");
        assertThat(resyncReason(new TimeId(1_000, 0)))
                .as("a number alone is an id too")
                .isEqualTo("restarted");
    }

    @Test
    void anIdNoEventHadGetsAResyncSayingItIsUnknown() {
        completedScan();
        TimeId newest = bus.lastId();
        assertThat(resyncReason(new TimeId(newest.millis() + 60_000, 0))).isEqualTo("unknown_id");
    }

    private String resyncReason(TimeId lastEventId) {
        try (SseTestClient client = SseTestClient.connect(events, Map.of("Last-Event-ID", lastEventId.toString()))) {
            return client.awaitEvent("resync").json().get("reason").asText();
        }
    }

    @Test
    void theRetryHintFollowsTheConfiguration() {
        try (SseTestClient client = SseTestClient.connect(events)) {
            assertThat(client.frames().get(0).retry()).isEqualTo(SmallLimitsProfile.RETRY_MS);
        }
    }

    @Test
    void anIdleStreamCarriesHeartbeatComments() {
        try (SseTestClient client = SseTestClient.connect(events)) {
            SseTestClient.waitUntil(
                    () -> client.comments().stream().filter("heartbeat"::equals).count() >= 3, "three heartbeats");
            assertThat(client.events()).isEmpty();
        }
    }

    private String completedScan() {
        try (SseTestClient observer = SseTestClient.connect(events)) {
            String scanId = scan(THREE);
            observer.awaitEvent("deepAnalysisComplete", scanId);
            return scanId;
        }
    }
}

package io.fastscanner.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.time.TimeId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseFramesTest {

    @Test
    void anEventFrameHasItsIdNameAndDataThenABlankLine() {
        ScanEvent event = new ScanEvent(
                new TimeId(42, 0), EventName.SCAN_STARTED, "scan-1", null, "{\"scanId\":\"scan-1\",\"n\":\"é\"}");
        assertThat(SseFrames.event(event).text())
                .isEqualTo("id:42-0\nevent:scanStarted\ndata:{\"scanId\":\"scan-1\",\"n\":\"é\"}\n\n");
    }

    @Test
    void theFrameIsUtf8AndItsSizeIsInBytes() {
        SseFrame frame = SseFrames.event(new ScanEvent(new TimeId(1, 0), EventName.ALERT, "s", null, "{\"m\":\"€\"}"));
        assertThat(frame.size()).isEqualTo(frame.text().getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void eachLineOfDataGetsItsOwnDataField() {
        ScanEvent event = new ScanEvent(new TimeId(7, 0), EventName.ALERT, "s", null, "{\n\"a\":1,\r\n\"b\":2\r}");
        assertThat(SseFrames.event(event).text())
                .isEqualTo("id:7-0\nevent:alert\ndata:{\ndata:\"a\":1,\ndata:\"b\":2\ndata:}\n\n");
    }

    @Test
    void theConnectedFrameHasNoIdAndCarriesTheRetryHint() {
        Instant now = Instant.parse("2026-04-21T00:00:00.123Z");
        assertThat(SseFrames.connected(Duration.ofMillis(1500), new TimeId(12, 0), new TimeId(40, 3), now)
                        .text())
                .isEqualTo("event:connected\nretry:1500\ndata:{\"lastEventId\":\"12-0\",\"newestEventId\":\"40-3\","
                        + "\"timestamp\":\"2026-04-21T00:00:00.123Z\"}\n\n");
        assertThat(SseFrames.connected(Duration.ofSeconds(3), null, null, now).text())
                .contains("retry:3000\n", "{\"lastEventId\":null,\"newestEventId\":null,");
    }

    @Test
    void controlFramesAndTheHeartbeat() {
        assertThat(SseFrames.resync(Resync.OLDER_THAN_BUFFER, new TimeId(9, 1)).text())
                .isEqualTo("event:resync\ndata:{\"reason\":"
                        + "\"older_than_buffer\",\"message\":\"the missed events are no longer in the replay buffer\","
                        + "\"reload\":\"/api/scanner/results\",\"newestEventId\":\"9-1\"}\n\n");
        assertThat(SseFrames.resync(Resync.UNKNOWN_ID, null).text()).contains("\"reason\":\"unknown_id\"");
        assertThat(SseFrames.resync(Resync.RESTARTED, null).text()).contains("\"reason\":\"restarted\"");
        assertThat(SseFrames.slowConsumer(32).text())
                .startsWith("event:error\ndata:{\"code\":\"SLOW_CONSUMER\"")
                .contains("more than 32 events")
                .endsWith("}\n\n");
        assertThat(SseFrames.HEARTBEAT.text()).isEqualTo(":heartbeat\n\n");
    }

    @Test
    void aBatchIsTheFramesInOrderAndLeavesThemIntactForTheNextClient() {
        SseFrame a = SseFrames.event(new ScanEvent(new TimeId(1, 0), EventName.SCAN_STARTED, "s", null, "{}"));
        SseFrame b = SseFrames.HEARTBEAT;
        SseFrame c = SseFrames.event(
                new ScanEvent(new TimeId(2, 0), EventName.DEEP_ANALYSIS_COMPLETE, "s", null, "{\"total\":0}"));
        String expected = a.text() + b.text() + c.text();

        assertThat(SseFrame.batch(List.of(a, b, c)).toString(StandardCharsets.UTF_8))
                .isEqualTo(expected);
        assertThat(SseFrame.batch(List.of(a, b, c)).toString(StandardCharsets.UTF_8))
                .as("a second client gets the same bytes")
                .isEqualTo(expected);
        assertThat(SseFrame.batch(List.of(c)).toString(StandardCharsets.UTF_8)).isEqualTo(c.text());
        assertThat(a.text()).isEqualTo("id:1-0\nevent:scanStarted\ndata:{}\n\n");
    }
}

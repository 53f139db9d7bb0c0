package io.fastscanner.notify;

import static io.fastscanner.testing.Waits.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.notify.Receiver.Reply;
import io.fastscanner.testing.Waits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ChannelQueueTest {

    /** Long attempts, so that a held request stays in flight for as long as the test holds it. */
    private static final NotifySettings HOLDING = NotifyHarness.FAST.withTimeout(Duration.ofSeconds(50));

    private NotifyHarness harness;

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void aFullQueueRefusesMoreAndTheRestGoOutOneAtATimeInOrder() {
        harness = new NotifyHarness(HOLDING.withQueueCapacity(2));
        harness.receiver.reply(Reply.held());
        Channel channel = harness.webhook("slow", "/");
        harness.dispatcher.register(channel);

        assertThat(harness.dispatcher.offer("slow", Notifications.bare("1-0"))).isTrue(); // in flight
        assertThat(harness.dispatcher.offer("slow", Notifications.bare("2-0"))).isTrue();
        assertThat(harness.dispatcher.offer("slow", Notifications.bare("3-0"))).isTrue();
        assertThat(harness.dispatcher.offer("slow", Notifications.bare("4-0"))).isFalse();

        Delivery refused = harness.listener.awaitFinished("4-0");
        assertThat(refused.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(refused.reason()).isEqualTo("queue_full");
        assertThat(refused.attempts()).isZero();
        await("the first notification at the receiver")
                .until(() -> harness.receiver.requests().size() == 1);
        ChannelStatus status = harness.dispatcher.status("slow").orElseThrow();
        assertThat(status.queued()).isEqualTo(2);
        assertThat(status.inFlight()).isTrue();

        harness.receiver.release();

        List<Delivery> finished = harness.listener.awaitFinished(4);
        assertThat(finished).extracting(Delivery::alertId).containsExactly("4-0", "1-0", "2-0", "3-0");
        assertThat(finished.subList(1, 4)).extracting(Delivery::status).containsOnly(DeliveryStatus.SENT);
        assertThat(harness.receiver.requests())
                .extracting(r -> r.json().get("alertId").asText())
                .containsExactly("1-0", "2-0", "3-0");
    }

    @Test
    void aSlowChannelDoesNotHoldUpAnother() {
        harness = new NotifyHarness(HOLDING);
        harness.receiver.otherwise(Reply.held());
        try (Receiver fast = new Receiver(harness.vertx)) {
            harness.dispatcher.register(harness.webhook("slow", "/"));
            harness.dispatcher.register(Channel.of("fast", WebhookTarget.of(fast.url("/"), NotifyHarness.SECRET)));

            harness.dispatcher.offer("slow", Notifications.bare("1-0"));
            harness.dispatcher.offer("slow", Notifications.bare("2-0"));
            harness.dispatcher.offer("fast", Notifications.bare("3-0"));

            assertThat(harness.listener.awaitFinished("3-0").status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(harness.listener.finished).extracting(Delivery::alertId).containsExactly("3-0");
            harness.receiver.otherwise(Reply.status(200));
            harness.receiver.release();
            harness.listener.awaitFinished(3);
        }
    }

    @Test
    void aChannelThatKeepsFailingIsPausedUntilResumed() {
        harness = new NotifyHarness(HOLDING.withMaxAttempts(1).withPauseAfterFailures(3));
        harness.receiver.reply(Reply.held()).otherwise(Reply.json(404, "{\"error\":\"no such hook\"}"));
        harness.dispatcher.register(harness.webhook("broken", "/"));
        for (int i = 1; i <= 5; i++) {
            harness.dispatcher.offer("broken", Notifications.bare(i + "-0"));
        }
        await("the first notification at the receiver")
                .until(() -> harness.receiver.requests().size() == 1);

        harness.receiver.release(404);

        List<Delivery> finished = harness.listener.awaitFinished(5);
        assertThat(finished).extracting(Delivery::alertId).containsExactly("1-0", "2-0", "3-0", "4-0", "5-0");
        assertThat(finished.subList(0, 3)).extracting(Delivery::reason).allMatch(r -> r.startsWith("http_404"));
        assertThat(finished.subList(3, 5)).extracting(Delivery::reason).containsOnly("channel_paused");
        assertThat(finished.subList(3, 5)).extracting(Delivery::attempts).containsOnly(0);
        assertThat(harness.receiver.requests()).hasSize(3);
        ChannelStatus paused = harness.dispatcher.status("broken").orElseThrow();
        assertThat(paused.paused()).isTrue();
        assertThat(paused.pausedReason())
                .isEqualTo("3 deliveries failed in a row; last: http_404: {\"error\":\"no such hook\"}");
        assertThat(paused.pausedAt()).isNotNull();
        assertThat(paused.consecutiveFailures()).isEqualTo(3);
        // the listener hears of the pause after the deliveries it dropped
        await("the listener told of the pause")
                .untilAsserted(() -> assertThat(harness.listener.channelChanges)
                        .extracting(ChannelStatus::paused)
                        .containsExactly(true));

        assertThat(harness.dispatcher.offer("broken", Notifications.bare("6-0")))
                .isFalse();
        assertThat(harness.listener.awaitFinished("6-0").reason()).isEqualTo("channel_paused");

        // a test still goes out while paused, and does not count
        harness.receiver.otherwise(Reply.status(200));
        Channel channel = harness.webhook("broken", "/");
        assertThat(harness.dispatcher
                        .test(channel)
                        .await()
                        .atMost(Waits.AT_MOST)
                        .status())
                .isEqualTo(DeliveryStatus.SENT);
        assertThat(harness.dispatcher.status("broken").orElseThrow().paused()).isTrue();

        assertThat(harness.dispatcher.resume("broken")).isTrue();
        ChannelStatus resumed = harness.dispatcher.status("broken").orElseThrow();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.pausedReason()).isNull();
        assertThat(resumed.consecutiveFailures()).isZero();
        assertThat(harness.dispatcher.offer("broken", Notifications.bare("7-0")))
                .isTrue();
        assertThat(harness.listener.awaitFinished("7-0").status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aPauseCanBeRestoredAndASentDeliveryResetsTheCount() {
        harness = new NotifyHarness(HOLDING.withMaxAttempts(1).withPauseAfterFailures(2));
        harness.receiver.reply(Reply.status(500), Reply.status(200), Reply.status(500), Reply.status(200));
        harness.dispatcher.register(harness.webhook("flaky", "/"));
        for (int i = 1; i <= 4; i++) {
            harness.dispatcher.offer("flaky", Notifications.bare(i + "-0"));
        }
        harness.listener.awaitFinished(4);
        assertThat(harness.dispatcher.status("flaky").orElseThrow().paused())
                .as("failures were never two in a row")
                .isFalse();

        Instant since = Instant.parse("2026-04-20T08:00:00Z");
        harness.dispatcher.pause("flaky", "paused by hand", since);

        ChannelStatus status = harness.dispatcher.status("flaky").orElseThrow();
        assertThat(status.paused()).isTrue();
        assertThat(status.pausedAt()).isEqualTo(since);
        assertThat(harness.dispatcher.offer("flaky", Notifications.bare("5-0"))).isFalse();
    }

    @Test
    void unknownAndRemovedChannelsRefuse() {
        harness = new NotifyHarness(HOLDING);
        harness.receiver.reply(Reply.held());
        assertThat(harness.dispatcher.offer("nope", Notifications.bare("1-0"))).isFalse();
        assertThat(harness.listener.awaitFinished("1-0").reason()).isEqualTo("unknown_channel");

        harness.dispatcher.register(harness.webhook("old", "/"));
        harness.dispatcher.offer("old", Notifications.bare("2-0"));
        harness.dispatcher.offer("old", Notifications.bare("3-0"));
        await("the first notification at the receiver")
                .until(() -> harness.receiver.requests().size() == 1);
        assertThat(harness.dispatcher.remove("old")).isTrue();

        assertThat(harness.listener.awaitFinished("3-0").reason()).isEqualTo("channel_removed");
        assertThat(harness.dispatcher.status("old")).isEmpty();
        assertThat(harness.dispatcher.offer("old", Notifications.bare("4-0"))).isFalse();
        harness.receiver.release();
        assertThat(harness.listener.awaitFinished("2-0").status()).isEqualTo(DeliveryStatus.SENT);
    }
}

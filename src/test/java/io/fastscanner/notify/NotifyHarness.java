package io.fastscanner.notify;

import io.fastscanner.testing.Waits;
import io.vertx.mutiny.core.Vertx;
import java.time.Clock;
import java.time.Duration;

/**
 * A dispatcher against loopback receivers, without Quarkus: private targets allowed (the receivers are on
 * 127.0.0.1), short backoffs so retries take milliseconds. Close it after each test.
 */
final class NotifyHarness implements AutoCloseable {

    static final String SECRET = "whsec_3f9a7c1e5b2d4068a9c7e1f3";
    static final String BOT_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

    /** Fast settings for tests: 5 s per attempt, 5 attempts, 20 ms first backoff. */
    static final NotifySettings FAST = NotifySettings.defaults()
            .withAllowPrivateTargets(true)
            .withTimeout(Duration.ofSeconds(5))
            .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200));

    final Vertx vertx = Vertx.vertx();
    final Receiver receiver = new Receiver(vertx);
    final RecordingListener listener = new RecordingListener();
    final ChannelDispatcher dispatcher;

    NotifyHarness() {
        this(FAST);
    }

    NotifyHarness(NotifySettings settings) {
        dispatcher = new ChannelDispatcher(vertx, Clock.systemUTC(), settings, listener);
    }

    Channel webhook(String id, String path) {
        return Channel.of(id, WebhookTarget.of(receiver.url(path), SECRET));
    }

    Channel telegram(String id) {
        return Channel.of(id, TelegramTarget.of(BOT_TOKEN, "-1001234567890", receiver.url("")));
    }

    Channel discord(String id) {
        return Channel.of(id, DiscordTarget.of(receiver.url("/api/webhooks/1122334455/tok3n-Secret_Value")));
    }

    /** Registers {@code channel}, offers it {@code notification} and waits for the delivery to be final. */
    Delivery deliver(Channel channel, Notification notification) {
        dispatcher.register(channel);
        if (!dispatcher.offer(channel.id(), notification)) {
            throw new AssertionError("refused: " + notification.alertId());
        }
        return listener.awaitFinished(notification.alertId());
    }

    @Override
    public void close() {
        dispatcher.close();
        receiver.close();
        vertx.close().await().atMost(Waits.AT_MOST);
    }
}

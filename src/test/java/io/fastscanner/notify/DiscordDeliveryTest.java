package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.notify.Receiver.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiscordDeliveryTest {

    private final NotifyHarness harness =
            new NotifyHarness(NotifyHarness.FAST.withBackoff(Duration.ofMillis(10), Duration.ofMillis(20)));

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void executesTheWebhookWithTheContent() {
        harness.receiver.reply(Reply.status(204));

        Delivery delivery = harness.deliver(harness.discord("dc"), Notifications.full("30-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.lastHttpStatus()).isEqualTo(204);
        Receiver.Request request = harness.receiver.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/webhooks/1122334455/tok3n-Secret_Value");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = request.json();
        assertThat(body.get("content").asText())
                .isEqualTo("🔔 BTC/USDT on binance 1h: signal HOLD -> BUY — BUY 72, price 64250.5");
        assertThat(body.at("/allowed_mentions/parse").isArray()).isTrue();
        assertThat(body.at("/allowed_mentions/parse")).isEmpty();
    }

    @Test
    void contentIsCutTo2000Characters() {
        Channel channel =
                new Channel("dc", harness.discord("dc").target(), MessageTemplate.parse("{{message}} {{message}}"));
        Notification longOne = new Notification(
                "31-0",
                Notifications.bare("31-0").kind(),
                "x".repeat(1500),
                null,
                null,
                null,
                Notifications.TIME,
                null,
                null,
                null,
                null,
                null,
                false);

        harness.deliver(channel, longOne);

        String content =
                harness.receiver.requests().get(0).json().get("content").asText();
        assertThat(content).hasSize(2000).endsWith("x…");
    }

    @Test
    void aRateLimitIsHonouredByTheRetryAfterOfItsBody() {
        // retry_after is in seconds and may have a fraction; no Retry-After header here, so the body's value counts
        harness.receiver.reply(
                Reply.json(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":0.6,\"global\":false}"),
                Reply.status(204));

        Delivery delivery = harness.deliver(harness.discord("dc"), Notifications.bare("32-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        List<Receiver.Request> requests = harness.receiver.requests();
        Duration gap = Duration.ofNanos(
                requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(550)).isLessThan(Duration.ofSeconds(30));
        assertThat(harness.listener.attemptsOf(delivery.id()).get(0).reason())
                .isEqualTo("http_429: You are being rate limited.");
    }

    @Test
    void aRateLimitWithOnlyTheHeaderIsHonouredToo() {
        harness.receiver.reply(Reply.status(429).withHeader("Retry-After", "1"), Reply.status(204));

        harness.deliver(harness.discord("dc"), Notifications.bare("33-0"));

        List<Receiver.Request> requests = harness.receiver.requests();
        Duration gap = Duration.ofNanos(
                requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void anErrorFailsWithDiscordsMessageAndCode() {
        harness.receiver.reply(Reply.json(404, "{\"message\": \"Unknown Webhook\", \"code\": 10015}"));

        Delivery delivery = harness.deliver(harness.discord("dc"), Notifications.bare("34-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.reason()).isEqualTo("http_404: Unknown Webhook (code 10015)");
    }
}

package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.notify.Receiver.Reply;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TelegramDeliveryTest {

    private final NotifyHarness harness = new NotifyHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void sendsMessageToTheBotApiWithTheTokenInThePath() {
        harness.receiver.reply(
                Reply.json(200, "{\"ok\":true,\"result\":{\"message_id\":17,\"chat\":{\"id\":-1001234567890}}}"));

        Delivery delivery = harness.deliver(harness.telegram("tg"), Notifications.full("20-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        Receiver.Request request = harness.receiver.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/bot" + NotifyHarness.BOT_TOKEN + "/sendMessage");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonNode body = request.json();
        assertThat(body.get("chat_id").isIntegralNumber()).isTrue();
        assertThat(body.get("chat_id").asLong()).isEqualTo(-1001234567890L);
        assertThat(body.get("text").asText())
                .isEqualTo("🔔 BTC/USDT on binance 1h: signal HOLD -> BUY — BUY 72, price 64250.5");
        assertThat(body.get("disable_web_page_preview").asBoolean()).isTrue();
        assertThat(body.has("parse_mode")).as("plain text").isFalse();
    }

    @Test
    void aChannelUsernameIsSentAsText() {
        Channel channel =
                Channel.of("tg", TelegramTarget.of(NotifyHarness.BOT_TOKEN, "@fast_alerts", harness.receiver.url("/")));

        harness.deliver(channel, Notifications.bare("21-0"));

        Receiver.Request request = harness.receiver.requests().get(0);
        assertThat(request.path())
                .as("a trailing / on the base is not doubled")
                .isEqualTo("/bot" + NotifyHarness.BOT_TOKEN + "/sendMessage");
        assertThat(request.json().get("chat_id").asText()).isEqualTo("@fast_alerts");
    }

    @Test
    void floodControlIsHonouredByItsRetryAfterParameter() {
        harness.receiver.reply(
                Reply.json(
                        429,
                        "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                                + "\"parameters\":{\"retry_after\":1}}"),
                Reply.json(200, "{\"ok\":true,\"result\":{}}"));

        Delivery delivery = harness.deliver(harness.telegram("tg"), Notifications.bare("22-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
        List<Receiver.Request> requests = harness.receiver.requests();
        Duration gap = Duration.ofNanos(
                requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(950)).isLessThan(Duration.ofSeconds(30));
        assertThat(harness.listener.attemptsOf(delivery.id()).get(0).reason())
                .isEqualTo("http_429: Too Many Requests: retry after 1");
    }

    @Test
    void anErrorFailsWithItsDescription() {
        harness.receiver.reply(
                Reply.json(400, "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not found\"}"));

        Delivery delivery = harness.deliver(harness.telegram("tg"), Notifications.bare("23-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastHttpStatus()).isEqualTo(400);
        assertThat(delivery.reason()).isEqualTo("http_400: Bad Request: chat not found");
    }

    @Test
    void aSuccessStatusWhoseBodyIsNotOkFails() {
        harness.receiver.reply(Reply.json(200, "{\"ok\":false,\"description\":\"Forbidden: bot was blocked\"}"));

        Delivery delivery = harness.deliver(harness.telegram("tg"), Notifications.bare("24-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.reason()).isEqualTo("rejected: Forbidden: bot was blocked");
    }

    @Test
    void theTokenNeverAppearsInAReason() {
        harness.receiver.reply(Reply.json(
                404,
                "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found: bot" + NotifyHarness.BOT_TOKEN
                        + " is unknown\"}"));

        Delivery delivery = harness.deliver(harness.telegram("tg"), Notifications.bare("25-0"));

        assertThat(delivery.reason()).isEqualTo("http_404: Not Found: bot*** is unknown");
    }
}

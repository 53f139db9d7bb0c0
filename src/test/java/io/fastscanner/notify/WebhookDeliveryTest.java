package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.notify.Receiver.Reply;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhookDeliveryTest {

    private NotifyHarness harness = new NotifyHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void postsTheAlertAsSignedJson() throws Exception {
        Delivery delivery = harness.deliver(harness.webhook("hook", "/hooks/in?src=fs"), Notifications.full("7-1"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastHttpStatus()).isEqualTo(200);
        Receiver.Request request = harness.receiver.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/in?src=fs");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).isEqualTo("fast-scanner");
        assertThat(request.header("X-Delivery-Id")).isEqualTo(delivery.id());

        JsonNode body = request.json();
        assertThat(fieldNames(body))
                .containsExactly(
                        "deliveryId",
                        "channelId",
                        "test",
                        "alertId",
                        "kind",
                        "message",
                        "symbol",
                        "exchange",
                        "timeframe",
                        "time",
                        "scanId",
                        "previous",
                        "current",
                        "row",
                        "deep",
                        "text");
        assertThat(body.get("deliveryId").asText()).isEqualTo(delivery.id());
        assertThat(body.get("channelId").asText()).isEqualTo("hook");
        assertThat(body.get("test").asBoolean()).isFalse();
        assertThat(body.get("alertId").asText()).isEqualTo("7-1");
        assertThat(body.get("kind").asText()).isEqualTo("signal_flip");
        assertThat(body.get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(body.get("exchange").asText()).isEqualTo("binance");
        assertThat(body.get("timeframe").asText()).isEqualTo("1h");
        assertThat(body.get("time").asText()).isEqualTo("2026-04-21T10:00:00Z");
        assertThat(body.get("scanId").asText()).isEqualTo("scan-42");
        assertThat(fieldNames(body.get("row")))
                .containsExactly("signal", "strength", "rating", "price", "change24h", "volume24h", "rsi", "data");
        assertThat(body.at("/row/signal").asText()).isEqualTo("BUY");
        assertThat(body.at("/row/strength").asInt()).isEqualTo(72);
        assertThat(body.at("/row/price").asDouble()).isEqualTo(64250.5);
        assertThat(body.at("/row/data").asText()).isEqualTo("live");
        assertThat(fieldNames(body.get("deep")))
                .containsExactly(
                        "opportunityScore", "regime", "direction", "entry", "stopLoss", "takeProfit", "riskReward");
        assertThat(body.at("/deep/opportunityScore").asInt()).isEqualTo(83);
        assertThat(body.at("/deep/regime").asText()).isEqualTo("bull");
        assertThat(body.at("/deep/stopLoss").asDouble()).isEqualTo(62900.0);
        assertThat(body.get("text").asText()).isEqualTo("BTC/USDT on binance 1h: signal HOLD -> BUY");

        // the receiver's check, with the class ...
        String signature = request.header("X-Signature");
        Instant now = Instant.now();
        assertThat(WebhookSignature.verify(NotifyHarness.SECRET, signature, request.body(), now, Duration.ofMinutes(5)))
                .isTrue();
        assertThat(WebhookSignature.verify(
                        NotifyHarness.SECRET, signature, request.body(), now.plusSeconds(600), Duration.ofMinutes(5)))
                .as("a replay ten minutes later")
                .isFalse();
        // ... and by hand, as a receiver in another language would
        Map<String, String> parts = Map.of(
                signature.split(",")[0].split("=")[0], signature.split(",")[0].split("=")[1],
                signature.split(",")[1].split("=")[0], signature.split(",")[1].split("=")[1]);
        long t = Long.parseLong(parts.get("t"));
        assertThat(Math.abs(now.getEpochSecond() - t)).isLessThan(300);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(NotifyHarness.SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
        assertThat(parts.get("v1")).isEqualTo(HexFormat.of().formatHex(mac.doFinal(request.body())));
    }

    @Test
    void aNotificationWithoutRowOrDeepAnalysisHasNullsThere() {
        harness.deliver(harness.webhook("hook", "/"), Notifications.bare("8-0"));

        JsonNode body = harness.receiver.requests().get(0).json();
        assertThat(body.get("row").isNull()).isTrue();
        assertThat(body.get("deep").isNull()).isTrue();
        assertThat(body.get("previous").isNull()).isTrue();
    }

    @Test
    void serverErrorsAreRetriedUntilItIsSent() {
        harness.receiver.reply(Reply.status(500), Reply.status(503), Reply.status(200));

        Delivery delivery = harness.deliver(harness.webhook("hook", "/"), Notifications.bare("9-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.reason()).isNull();
        List<DeliveryAttempt> attempts = harness.listener.attemptsOf(delivery.id());
        assertThat(attempts).extracting(DeliveryAttempt::httpStatus).containsExactly(500, 503, 200);
        assertThat(attempts)
                .extracting(DeliveryAttempt::outcome)
                .containsExactly(DeliveryStatus.RETRYING, DeliveryStatus.RETRYING, DeliveryStatus.SENT);
        assertThat(attempts.get(0).reason()).isEqualTo("http_500");
        List<Receiver.Request> requests = harness.receiver.requests();
        assertThat(requests).extracting(r -> r.header("X-Delivery-Id")).containsOnly(delivery.id());
        assertThat(requests.get(0).text())
                .as("the same body every attempt")
                .isEqualTo(requests.get(2).text());
    }

    @Test
    void anAttemptThatTimesOutIsRetried() {
        harness.close();
        harness = new NotifyHarness(NotifyHarness.FAST.withTimeout(Duration.ofSeconds(1)));
        harness.receiver.reply(Reply.held());

        Delivery delivery = harness.deliver(harness.webhook("hook", "/"), Notifications.bare("10-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isGreaterThanOrEqualTo(2);
        DeliveryAttempt first = harness.listener.attemptsOf(delivery.id()).get(0);
        assertThat(first.reason()).isEqualTo("timeout");
        assertThat(first.httpStatus()).isNull();
    }

    @Test
    void aTooManyRequestsAnswerIsHonouredBeforeTheNextAttempt() {
        harness.receiver.reply(Reply.status(429).withHeader("Retry-After", "1"), Reply.status(200));

        Delivery delivery = harness.deliver(harness.webhook("hook", "/"), Notifications.bare("11-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.attempts()).isEqualTo(2);
        List<Receiver.Request> requests = harness.receiver.requests();
        Duration gap = Duration.ofNanos(
                requests.get(1).arrivedNanos() - requests.get(0).arrivedNanos());
        assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(950)).isLessThan(Duration.ofSeconds(30));
        assertThat(harness.listener.attemptsOf(delivery.id()).get(0).reason()).isEqualTo("http_429");
    }

    @Test
    void aClientErrorFailsAtOnceWithTheTargetsReason() {
        harness.receiver.reply(Reply.json(400, "{\"error\":\"unknown event type\"}"));

        Delivery delivery = harness.deliver(harness.webhook("hook", "/"), Notifications.bare("12-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(1);
        assertThat(delivery.lastHttpStatus()).isEqualTo(400);
        assertThat(delivery.reason()).isEqualTo("http_400: {\"error\":\"unknown event type\"}");
        assertThat(harness.receiver.requests()).hasSize(1);
    }

    @Test
    void aRedirectIsNotFollowed() {
        harness.receiver.reply(Reply.status(302).withHeader("Location", "http://169.254.169.254/latest/meta-data"));

        Delivery delivery = harness.deliver(harness.webhook("hook", "/"), Notifications.bare("13-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.reason()).startsWith("redirect_refused");
        assertThat(harness.receiver.requests()).hasSize(1);
    }

    @Test
    void aDeliveryFailsOnceItsAttemptsAreUsedUp() {
        harness.close();
        harness = new NotifyHarness(NotifyHarness.FAST.withMaxAttempts(3));
        harness.receiver.otherwise(Reply.status(502));

        Delivery delivery = harness.deliver(harness.webhook("hook", "/"), Notifications.bare("14-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.lastHttpStatus()).isEqualTo(502);
        assertThat(delivery.reason()).isEqualTo("http_502");
        assertThat(harness.receiver.requests()).hasSize(3);
    }

    @Test
    void aRefusedConnectionIsRetriedThenFails() {
        harness.close();
        harness = new NotifyHarness(NotifyHarness.FAST.withMaxAttempts(2));
        int closedPort = harness.receiver.port();
        harness.receiver.close();

        Delivery delivery = harness.deliver(
                Channel.of("gone", WebhookTarget.of("http://127.0.0.1:" + closedPort + "/", NotifyHarness.SECRET)),
                Notifications.bare("15-0"));

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.attempts()).isEqualTo(2);
        assertThat(delivery.lastHttpStatus()).isNull();
        assertThat(delivery.reason()).startsWith("connection_failed");
    }

    @Test
    void aHostNameIsSentAsTheHostHeaderWhileTheCheckedAddressIsDialled() {
        Channel channel = Channel.of(
                "named", WebhookTarget.of("http://localhost:" + harness.receiver.port() + "/x", NotifyHarness.SECRET));

        harness.deliver(channel, Notifications.bare("16-0"));

        assertThat(harness.receiver.requests().get(0).header("Host")).isEqualTo("localhost:" + harness.receiver.port());
    }

    @Test
    void aTestSendReturnsItsDeliveryAtOnce() {
        Delivery delivery = harness.dispatcher
                .test(harness.webhook("hook", "/"))
                .await()
                .atMost(io.fastscanner.testing.Waits.AT_MOST);

        assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(delivery.test()).isTrue();
        JsonNode body = harness.receiver.requests().get(0).json();
        assertThat(body.get("test").asBoolean()).isTrue();
        assertThat(body.get("alertId").asText()).startsWith("test-");
        assertThat(harness.listener.finished).containsExactly(delivery);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

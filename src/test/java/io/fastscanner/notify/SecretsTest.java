package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fastscanner.notify.Receiver.Reply;
import io.fastscanner.testing.LogCapture;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Webhook secrets, bot tokens and Discord webhook tokens never show: not in toString, reasons or logs. */
class SecretsTest {

    private static final String DISCORD_TOKEN = "tok3n-Secret_Value";
    private static final List<String> SECRETS = List.of(NotifyHarness.SECRET, NotifyHarness.BOT_TOKEN, DISCORD_TOKEN);

    @Test
    void targetsAndChannelsDescribeThemselvesWithoutSecrets() throws Exception {
        WebhookTarget webhook = WebhookTarget.of("https://hooks.example.com/in/" + DISCORD_TOKEN, NotifyHarness.SECRET);
        TelegramTarget telegram = TelegramTarget.of(NotifyHarness.BOT_TOKEN, "42");
        DiscordTarget discord = DiscordTarget.of("https://discord.com/api/webhooks/1122334455/" + DISCORD_TOKEN);
        ResolvedTarget resolved = new ResolvedTarget(
                telegram.endpoint(), "api.telegram.org", 443, true, InetAddress.getByName("149.154.167.220"));

        List<String> shown = List.of(
                webhook.toString(),
                telegram.toString(),
                discord.toString(),
                Channel.of("w", webhook).toString(),
                Channel.of("t", telegram).toString(),
                Channel.of("d", discord).toString(),
                resolved.toString(),
                webhook.redacted(),
                telegram.redacted(),
                discord.redacted());

        assertThat(shown).allSatisfy(text -> assertThat(text).doesNotContain(SECRETS));
        assertThat(webhook.redacted()).isEqualTo("webhook https://hooks.example.com:443/…");
        assertThat(telegram.redacted()).isEqualTo("telegram https://api.telegram.org/bot***/sendMessage chat 42");
        assertThat(discord.redacted()).isEqualTo("discord https://discord.com:443/api/webhooks/1122334455/***");
    }

    @Test
    void invalidFieldsAreRefusedWithoutRepeatingThem() {
        String almostAToken = "123456789 AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
        assertThatThrownBy(() -> TelegramTarget.of(almostAToken, "42"))
                .isInstanceOf(InvalidChannelException.class)
                .hasMessageNotContaining("AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")
                .satisfies(
                        e -> assertThat(((InvalidChannelException) e).field()).isEqualTo("botToken"));
        assertThatThrownBy(() -> WebhookTarget.of("https://example.com/", "short"))
                .isInstanceOf(InvalidChannelException.class)
                .hasMessageNotContaining("short")
                .satisfies(
                        e -> assertThat(((InvalidChannelException) e).field()).isEqualTo("secret"));
    }

    @Test
    void failuresAreReportedAndLoggedWithoutSecrets() {
        try (NotifyHarness harness = new NotifyHarness(NotifyHarness.FAST.withMaxAttempts(1));
                LogCapture log = LogCapture.start()) {
            // receivers that echo the secret back in their error
            harness.receiver.reply(
                    Reply.json(400, "{\"error\":\"bad signature for secret " + NotifyHarness.SECRET + "\"}"),
                    Reply.json(
                            401,
                            "{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized: "
                                    + NotifyHarness.BOT_TOKEN + "\"}"),
                    Reply.json(404, "{\"message\":\"Unknown Webhook " + DISCORD_TOKEN + "\",\"code\":10015}"));

            List<Delivery> deliveries = List.of(
                    harness.deliver(harness.webhook("w", "/in/" + DISCORD_TOKEN), Notifications.bare("1-0")),
                    harness.deliver(harness.telegram("t"), Notifications.bare("2-0")),
                    harness.deliver(harness.discord("d"), Notifications.bare("3-0")));

            assertThat(deliveries).extracting(Delivery::status).containsOnly(DeliveryStatus.FAILED);
            assertThat(deliveries).extracting(Delivery::reason).allMatch(r -> r.contains("***"));
            assertThat(deliveries).allSatisfy(d -> assertThat(d.toString()).doesNotContain(SECRETS));
            assertThat(harness.listener.attempts)
                    .allSatisfy(a -> assertThat(a.toString()).doesNotContain(SECRETS));
            List<String> logged = log.formattedMessages();
            assertThat(logged)
                    .as("one warning per failed delivery")
                    .filteredOn(line -> line.contains("failed after 1 attempt"))
                    .hasSize(3);
            assertThat(logged).allSatisfy(line -> assertThat(line).doesNotContain(SECRETS));
        }
    }

    @Test
    void aTokenInAnAddressRefusalIsNotShownEither() {
        TelegramTarget target = new TelegramTarget(NotifyHarness.BOT_TOKEN, "42", URI.create("http://127.0.0.1:1"));
        try (NotifyHarness harness = new NotifyHarness(NotifyHarness.FAST.withAllowPrivateTargets(false))) {
            Delivery delivery = harness.deliver(Channel.of("t", target), Notifications.bare("4-0"));

            assertThat(delivery.reason()).startsWith("target_refused").doesNotContain(NotifyHarness.BOT_TOKEN);
        }
    }
}

package io.fastscanner.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void rendersEveryFieldOfTheAlertTheRowAndTheDeepAnalysis() {
        String all = Arrays.stream(TemplateField.values())
                .map(f -> f.placeholder() + "={{" + f.placeholder() + "}}")
                .reduce((a, b) -> a + "|" + b)
                .orElseThrow();

        String text = MessageTemplate.parse(all).render(Notifications.full("1776765600000-3"));

        assertThat(text.split("\\|"))
                .containsExactly(
                        "kind=signal_flip",
                        "message=signal HOLD -> BUY",
                        "symbol=BTC/USDT",
                        "exchange=binance",
                        "timeframe=1h",
                        "time=2026-04-21T10:00:00Z",
                        "alertId=1776765600000-3",
                        "scanId=scan-42",
                        "previous=HOLD",
                        "current=BUY",
                        "signal=BUY",
                        "strength=72",
                        "rating=0.72",
                        "price=64250.5",
                        "change24h=2.35",
                        "volume24h=1500000000",
                        "rsi=61.3",
                        "data=live",
                        "opportunityScore=83",
                        "regime=bull",
                        "stopLoss=62900",
                        "takeProfit=66951.5",
                        "riskReward=2");
    }

    @Test
    void valuesThatAreNotKnownAreWrittenNa() {
        String text = MessageTemplate.parse("{{symbol}} {{signal}} {{price}} {{regime}} {{stopLoss}} {{previous}}")
                .render(Notifications.bare("1-0"));

        assertThat(text).isEqualTo("ETH/USDT n/a n/a n/a n/a n/a");
    }

    @Test
    void spacesInsideTheBracesAreAllowed() {
        assertThat(MessageTemplate.parse("{{ symbol }}!").render(Notifications.bare("1-0")))
                .isEqualTo("ETH/USDT!");
    }

    @Test
    void anUnknownPlaceholderIsRefusedWithItsNameAndTheAllowedOnes() {
        assertThatThrownBy(() -> MessageTemplate.parse("{{symbol}} at {{pricee}}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("{{pricee}}")
                .hasMessageContaining("allowed: kind, message, symbol")
                .hasMessageContaining("price")
                .satisfies(e -> assertThat(((TemplateException) e).field()).isEqualTo("template"));
    }

    @Test
    void anUnclosedPlaceholderAnEmptyOrAnOverlongTemplateIsRefused() {
        assertThatThrownBy(() -> MessageTemplate.parse("{{symbol"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("not closed");
        assertThatThrownBy(() -> MessageTemplate.parse(" ")).isInstanceOf(TemplateException.class);
        assertThatThrownBy(() -> MessageTemplate.parse("x".repeat(MessageTemplate.MAX_LENGTH + 1)))
                .isInstanceOf(TemplateException.class);
    }

    @Test
    void eachKindHasAHumanDefault() {
        Notification n = Notifications.full("1-0");

        assertThat(Channel.of("t", TelegramTarget.of(NotifyHarness.BOT_TOKEN, "42"))
                        .text(n))
                .isEqualTo("🔔 BTC/USDT on binance 1h: signal HOLD -> BUY — BUY 72, price 64250.5");
        assertThat(Channel.of("d", DiscordTarget.of("https://discord.com/api/webhooks/1/abc"))
                        .text(n))
                .isEqualTo("🔔 BTC/USDT on binance 1h: signal HOLD -> BUY — BUY 72, price 64250.5");
        assertThat(Channel.of("w", WebhookTarget.of("https://example.com/hook", NotifyHarness.SECRET))
                        .text(n))
                .isEqualTo("BTC/USDT on binance 1h: signal HOLD -> BUY");
    }

    @Test
    void textLongerThanTheTargetTakesIsCutWithAnEllipsis() {
        MessageTemplate template = MessageTemplate.parse("{{message}}");
        Notification longMessage = new Notification(
                "1-0",
                Notifications.bare("1-0").kind(),
                "é".repeat(5000),
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

        String discord = new Channel("d", DiscordTarget.of("https://discord.com/api/webhooks/1/abc"), template)
                .text(longMessage);
        String telegram =
                new Channel("t", TelegramTarget.of(NotifyHarness.BOT_TOKEN, "42"), template).text(longMessage);

        assertThat(discord).hasSize(2000).endsWith("é…");
        assertThat(telegram).hasSize(4096).endsWith("é…");
    }

    @Test
    void cuttingNeverSplitsACharacterOutsideTheBasicPlane() {
        String emoji = "🔔".repeat(10); // two UTF-16 units each

        String cut = MessageTemplate.truncate(emoji, 6);

        assertThat(cut).isEqualTo("🔔🔔…");
        assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
        assertThat(MessageTemplate.truncate("short", 6)).isEqualTo("short");
    }
}

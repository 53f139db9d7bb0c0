package io.fastscanner.channels;

import io.fastscanner.notify.Channel;
import io.fastscanner.notify.ChannelKind;
import io.fastscanner.notify.ChannelTarget;
import io.fastscanner.notify.DiscordTarget;
import io.fastscanner.notify.InvalidChannelException;
import io.fastscanner.notify.MessageTemplate;
import io.fastscanner.notify.TelegramTarget;
import io.fastscanner.notify.WebhookTarget;
import java.time.Instant;

/**
 * A notification channel as it is stored (JSON, in memory or in the Redis hash {@code <prefix>channels}), secrets
 * included: a webhook's {@code secret}, a Telegram {@code botToken}, a Discord {@code webhookUrl} (whose last segment
 * is a token). Only the fields of its {@code kind} are set. {@link #toString()} leaves the secrets out; the API never
 * returns them.
 *
 * @param template    the message template as written; null for the kind's default
 * @param pausedAt    set while the channel is paused (after too many failed deliveries, or by hand), on every replica
 */
public record StoredChannel(
        String id,
        String name,
        ChannelKind kind,
        String url,
        String secret,
        String botToken,
        String chatId,
        String baseUrl,
        String webhookUrl,
        String template,
        String pausedReason,
        Instant pausedAt,
        Instant createdAt,
        Instant updatedAt) {

    /** The channel the dispatcher sends through; an {@link InvalidChannelException} names a field that is wrong. */
    public Channel toChannel() {
        return new Channel(id, target(), template == null ? null : MessageTemplate.parse(template));
    }

    /** Where it sends; an {@link InvalidChannelException} names a field that is missing or wrong. */
    public ChannelTarget target() {
        if (kind == null) {
            throw new InvalidChannelException("kind", "kind must be webhook, telegram or discord");
        }
        return switch (kind) {
            case WEBHOOK -> WebhookTarget.of(url, secret);
            case TELEGRAM -> TelegramTarget.of(botToken, chatId, baseUrl);
            case DISCORD -> DiscordTarget.of(webhookUrl);
        };
    }

    public boolean paused() {
        return pausedAt != null;
    }

    /** This channel paused since {@code since}, for {@code reason}. */
    public StoredChannel pausedFor(String reason, Instant since, Instant now) {
        return new StoredChannel(
                id,
                name,
                kind,
                url,
                secret,
                botToken,
                chatId,
                baseUrl,
                webhookUrl,
                template,
                reason,
                since,
                createdAt,
                now);
    }

    /** This channel, no longer paused. */
    public StoredChannel resumed(Instant now) {
        return new StoredChannel(
                id,
                name,
                kind,
                url,
                secret,
                botToken,
                chatId,
                baseUrl,
                webhookUrl,
                template,
                null,
                null,
                createdAt,
                now);
    }

    @Override
    public String toString() {
        String target;
        try {
            target = target().redacted();
        } catch (RuntimeException e) {
            target = String.valueOf(kind);
        }
        return "StoredChannel[" + id + ", " + name + ", " + target + (paused() ? ", paused" : "") + "]";
    }
}

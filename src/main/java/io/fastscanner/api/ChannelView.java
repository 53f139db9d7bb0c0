package io.fastscanner.api;

import io.fastscanner.channels.StoredChannel;
import io.fastscanner.notify.ChannelKind;
import io.fastscanner.notify.ChannelStatus;
import io.fastscanner.notify.ChannelTarget;
import io.fastscanner.notify.TelegramTarget;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A notification channel, as the API shows it: never a secret. */
@RegisterForReflection
@Schema(name = "Channel", description = "A notification channel; its secrets are never shown")
public record ChannelView(
        String id,
        String name,
        ChannelKind kind,

        @Schema(description = "Where it sends, without secrets, e.g. webhook https://example.com:443/…")
        String target,

        @Schema(nullable = true, description = "webhook: the URL")
        String url,

        @Schema(nullable = true, description = "webhook: whether a secret is stored (it is never shown)")
        Boolean secretSet,

        @Schema(nullable = true, description = "telegram: whether a bot token is stored (it is never shown)")
        Boolean botTokenSet,

        @Schema(nullable = true, description = "telegram: the chat")
        String chatId,

        @Schema(nullable = true, description = "telegram: the Bot API server")
        String baseUrl,

        @Schema(nullable = true, description = "discord: the webhook URL with *** for its token")
        String webhookUrl,

        @Schema(description = "The message template (the kind's default when none was given)")
        String template,

        @Schema(description = "No notification is sent until it is resumed")
        boolean paused,

        @Schema(nullable = true, description = "Why, e.g. 5 deliveries failed in a row; last: http_404")
        String pausedReason,

        @Schema(nullable = true, description = "Since when") Instant pausedAt,

        @Schema(description = "Final failures since the last delivery that was sent (on this replica)")
        int consecutiveFailures,

        @Schema(description = "Notifications waiting in its queue (on this replica)")
        int queued,

        Instant createdAt,
        Instant updatedAt) {

    static ChannelView of(StoredChannel channel, ChannelStatus status) {
        ChannelTarget target = channel.target();
        boolean paused = status.paused() || channel.paused();
        return new ChannelView(
                channel.id(),
                channel.name(),
                channel.kind(),
                target.redacted(),
                channel.kind() == ChannelKind.WEBHOOK ? channel.url() : null,
                channel.kind() == ChannelKind.WEBHOOK ? channel.secret() != null : null,
                channel.kind() == ChannelKind.TELEGRAM ? channel.botToken() != null : null,
                channel.kind() == ChannelKind.TELEGRAM ? channel.chatId() : null,
                channel.kind() == ChannelKind.TELEGRAM ? baseUrl(channel) : null,
                channel.kind() == ChannelKind.DISCORD ? redactedDiscordUrl(target) : null,
                channel.toChannel().template().source(),
                paused,
                status.paused() ? status.pausedReason() : channel.pausedReason(),
                status.paused() ? status.pausedAt() : channel.pausedAt(),
                status.consecutiveFailures(),
                status.queued(),
                channel.createdAt(),
                channel.updatedAt());
    }

    private static String baseUrl(StoredChannel channel) {
        return channel.baseUrl() == null ? TelegramTarget.DEFAULT_BASE_URL : channel.baseUrl();
    }

    /** {@code discord https://discord.com:443/api/webhooks/123/***} without its kind. */
    private static String redactedDiscordUrl(ChannelTarget target) {
        String redacted = target.redacted();
        return redacted.substring(redacted.indexOf(' ') + 1);
    }
}

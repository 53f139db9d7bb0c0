package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/scanner/channels} (a new channel) and {@code PUT /api/scanner/channels/{id}} (which changes
 * the fields it names and keeps the others, the secrets included). Unknown fields are ignored.
 */
@RegisterForReflection
@Schema(name = "ChannelRequest", description = "A notification channel; on PUT, the fields to change")
public record ChannelRequest(
        @Schema(
                description = "The channel's id, 1 to 64 letters, digits, - or _; POST only, default: a generated one",
                example = "ops-hook")
        String id,

        @Schema(description = "Required on POST: the channel's name, up to 100 characters", example = "Ops webhook")
        String name,

        @Schema(
                description = "Required on POST",
                enumeration = {"webhook", "telegram", "discord"})
        String kind,

        @Schema(description = "webhook: the http(s) URL each alert is POSTed to", example = "https://example.com/hook")
        String url,

        @Schema(
                description = "webhook: the key the body is signed with (X-Signature), at least 16 characters;"
                        + " write-only")
        String secret,

        @Schema(description = "telegram: the bot's token from BotFather, <bot id>:<token>; write-only")
        String botToken,

        @Schema(description = "telegram: a numeric chat id or a @channelname", example = "-1001234567890")
        String chatId,

        @Schema(description = "telegram: the Bot API server; default https://api.telegram.org")
        String baseUrl,

        @Schema(
                description = "discord: https://discord.com/api/webhooks/<id>/<token>; write-only (shown with ***"
                        + " for its token)")
        String webhookUrl,

        @Schema(description = "The message, with {{placeholders}} (docs/notifications.md); \"\" or absent: the default")
        String template,

        @Schema(description = "PUT only: true pauses the channel, false resumes it")
        Boolean paused) {}

package io.fastscanner.api;

import io.fastscanner.channels.StoredChannel;
import io.fastscanner.errors.ApiException;
import io.fastscanner.notify.ChannelKind;
import io.fastscanner.notify.InvalidChannelException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;

/** Reads a notification channel from a request body, with the 400 of each mistake; never echoes a secret. */
final class ChannelRequests {

    private ChannelRequests() {}

    /**
     * The channel {@code body} describes, with id {@code id}: a new one ({@code current} null), or {@code current}
     * with the fields the body names changed. The secrets of {@code current} are kept unless the body gives new ones
     * or another kind. Its target's fields and template are checked, not its address.
     */
    static StoredChannel channel(ChannelRequest body, String id, StoredChannel current, Instant now) {
        ChannelKind kind = body.kind() != null ? kind(body.kind()) : current != null ? current.kind() : null;
        if (kind == null) {
            throw ApiException.badRequest("INVALID_CHANNEL", "kind is required: webhook, telegram or discord");
        }
        String name =
                Names.name(body.name() != null || current == null ? body.name() : current.name(), "INVALID_CHANNEL");
        StoredChannel same = current != null && current.kind() == kind ? current : null;
        String template = body.template() != null ? body.template() : current == null ? null : current.template();
        StoredChannel channel = new StoredChannel(
                id,
                name,
                kind,
                kind == ChannelKind.WEBHOOK ? or(body.url(), same == null ? null : same.url()) : null,
                kind == ChannelKind.WEBHOOK ? or(body.secret(), same == null ? null : same.secret()) : null,
                kind == ChannelKind.TELEGRAM ? or(body.botToken(), same == null ? null : same.botToken()) : null,
                kind == ChannelKind.TELEGRAM ? or(body.chatId(), same == null ? null : same.chatId()) : null,
                kind == ChannelKind.TELEGRAM ? or(body.baseUrl(), same == null ? null : same.baseUrl()) : null,
                kind == ChannelKind.DISCORD ? or(body.webhookUrl(), same == null ? null : same.webhookUrl()) : null,
                template == null || template.isEmpty() ? null : template,
                current == null ? null : current.pausedReason(),
                current == null ? null : current.pausedAt(),
                current == null ? now : current.createdAt(),
                now);
        try {
            channel.toChannel();
        } catch (InvalidChannelException e) {
            throw ApiException.badRequest("INVALID_CHANNEL", e.getMessage());
        }
        return channel;
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }

    private static ChannelKind kind(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(ChannelKind.values())
                .filter(k -> k.json().equals(wanted))
                .findFirst()
                .orElseThrow(
                        () -> ApiException.badRequest("INVALID_CHANNEL", "kind must be webhook, telegram or discord"));
    }
}

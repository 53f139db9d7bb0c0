package io.fastscanner.notify;

import java.net.URI;
import java.util.List;

/**
 * Where a channel sends its notifications. The secrets a target holds (a webhook's signing secret, a bot token, the
 * token in a Discord webhook URL) never appear in {@code toString()}, in a delivery's reason or in a log line:
 * {@link #redacted()} describes the target without them.
 */
public sealed interface ChannelTarget permits WebhookTarget, TelegramTarget, DiscordTarget {

    ChannelKind kind();

    /** The URL every notification is POSTed to; it may hold a secret, so it is never shown. */
    URI endpoint();

    /** The target described without its secrets, for logs and reasons. */
    String redacted();

    /** The secret values of this target, each of which is replaced by {@code ***} wherever text is shown. */
    List<String> secrets();
}

package io.fastscanner.notify;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The kinds of notification channel, with the longest text each accepts and the template a channel of the kind
 * starts with.
 */
public enum ChannelKind {
    /** A JSON POST, signed with the channel's secret, to a URL of the user's. */
    WEBHOOK(Integer.MAX_VALUE, "{{symbol}} on {{exchange}} {{timeframe}}: {{message}}"),
    /** A message sent by a Telegram bot to one chat (Bot API {@code sendMessage}). */
    TELEGRAM(
            4096,
            "🔔 {{symbol}} on {{exchange}} {{timeframe}}: {{message}} — {{signal}} {{strength}}, price {{price}}"),
    /** A message posted by a Discord webhook (execute webhook). */
    DISCORD(
            2000,
            "🔔 {{symbol}} on {{exchange}} {{timeframe}}: {{message}} — {{signal}} {{strength}}, price {{price}}");

    private final int maxTextLength;
    private final String defaultTemplate;

    ChannelKind(int maxTextLength, String defaultTemplate) {
        this.maxTextLength = maxTextLength;
        this.defaultTemplate = defaultTemplate;
    }

    /** The longest text the target accepts, in UTF-16 code units; longer text is cut and ends with an ellipsis. */
    public int maxTextLength() {
        return maxTextLength;
    }

    /** The template of a channel of this kind that was given none. */
    public MessageTemplate defaultTemplate() {
        return MessageTemplate.parse(defaultTemplate);
    }

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}

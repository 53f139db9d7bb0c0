package io.fastscanner.notify;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Telegram bot that sends each notification to one chat: {@code POST {baseUrl}/bot{botToken}/sendMessage}.
 *
 * @param botToken the token BotFather gave, {@code <bot id>:<secret>}; it is part of the URL, so it is never shown
 * @param chatId   a chat id ({@code 123456789}, {@code -1001234567890}) or a channel's {@code @username}
 * @param baseUrl  the Bot API server, {@value #DEFAULT_BASE_URL} unless a test or a local Bot API server says
 *                 otherwise
 */
public record TelegramTarget(String botToken, String chatId, URI baseUrl) implements ChannelTarget {

    public static final String DEFAULT_BASE_URL = "https://api.telegram.org";

    private static final Pattern TOKEN = Pattern.compile("[0-9]{1,20}:[A-Za-z0-9_-]{10,200}");
    private static final Pattern CHAT = Pattern.compile("-?[0-9]{1,20}|@[A-Za-z0-9_]{4,64}");

    public TelegramTarget {
        if (botToken == null || !TOKEN.matcher(botToken).matches()) {
            throw new InvalidChannelException("botToken", "botToken must look like <bot id>:<token>");
        }
        if (chatId == null || !CHAT.matcher(chatId).matches()) {
            throw new InvalidChannelException("chatId", "chatId must be a numeric chat id or a @channelname");
        }
        baseUrl = baseUrl == null ? URI.create(DEFAULT_BASE_URL) : baseUrl;
        Targets.checkHttp("baseUrl", baseUrl);
        if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
            throw new InvalidChannelException("baseUrl", "baseUrl must have no query or fragment");
        }
    }

    public static TelegramTarget of(String botToken, String chatId) {
        return new TelegramTarget(botToken, chatId, null);
    }

    public static TelegramTarget of(String botToken, String chatId, String baseUrl) {
        return new TelegramTarget(botToken, chatId, baseUrl == null ? null : Targets.httpUrl("baseUrl", baseUrl));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TELEGRAM;
    }

    @Override
    public URI endpoint() {
        return URI.create(base() + "/bot" + botToken + "/sendMessage");
    }

    /** The chat id as the Bot API takes it: a number, or the {@code @username} as a string. */
    boolean numericChat() {
        return !chatId.startsWith("@");
    }

    @Override
    public String redacted() {
        return "telegram " + base() + "/bot***/sendMessage chat " + chatId;
    }

    @Override
    public List<String> secrets() {
        return List.of(botToken);
    }

    @Override
    public String toString() {
        return "TelegramTarget[" + redacted() + ", botToken=***]";
    }

    private String base() {
        String text = baseUrl.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}

package io.fastscanner.notify;

import java.net.URI;
import java.util.List;

/**
 * A Discord channel webhook: each notification is posted with {@code POST {webhookUrl}} and a JSON
 * {@code content}. The URL ends in the webhook's token ({@code https://discord.com/api/webhooks/<id>/<token>}), so it
 * is shown with that last path segment replaced by {@code ***}.
 */
public record DiscordTarget(URI webhookUrl) implements ChannelTarget {

    public DiscordTarget {
        if (webhookUrl == null) {
            throw new InvalidChannelException("webhookUrl", "webhookUrl is required");
        }
        Targets.checkHttp("webhookUrl", webhookUrl);
        if (token(webhookUrl).isEmpty()) {
            throw new InvalidChannelException("webhookUrl", "webhookUrl must end with the webhook's id and token");
        }
    }

    public static DiscordTarget of(String webhookUrl) {
        return new DiscordTarget(Targets.httpUrl("webhookUrl", webhookUrl));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.DISCORD;
    }

    @Override
    public URI endpoint() {
        return webhookUrl;
    }

    @Override
    public String redacted() {
        String path = trimmedPath(webhookUrl);
        return "discord " + Targets.origin(webhookUrl) + path.substring(0, path.lastIndexOf('/') + 1) + "***";
    }

    @Override
    public List<String> secrets() {
        return List.of(token(webhookUrl));
    }

    @Override
    public String toString() {
        return "DiscordTarget[" + redacted() + "]";
    }

    /** The last non-empty path segment: the webhook's token. */
    private static String token(URI webhookUrl) {
        String path = trimmedPath(webhookUrl);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String trimmedPath(URI webhookUrl) {
        String path = webhookUrl.getRawPath() == null ? "" : webhookUrl.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return path;
    }
}

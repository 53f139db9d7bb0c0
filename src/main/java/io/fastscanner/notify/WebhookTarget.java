package io.fastscanner.notify;

import java.net.URI;
import java.util.List;

/**
 * A JSON POST of each notification to {@code url}, signed with {@code secret} (see {@link WebhookSignature}).
 *
 * @param url    http or https; the path and query are never shown, as they may hold a token of the receiver's
 * @param secret at least {@value #MIN_SECRET_LENGTH} characters; the receiver checks the signature with it
 */
public record WebhookTarget(URI url, String secret) implements ChannelTarget {

    public static final int MIN_SECRET_LENGTH = 16;

    public WebhookTarget {
        if (url == null) {
            throw new InvalidChannelException("url", "url is required");
        }
        Targets.checkHttp("url", url);
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw new InvalidChannelException(
                    "secret", "secret must be at least " + MIN_SECRET_LENGTH + " characters long");
        }
    }

    public static WebhookTarget of(String url, String secret) {
        return new WebhookTarget(Targets.httpUrl("url", url), secret);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public URI endpoint() {
        return url;
    }

    @Override
    public String redacted() {
        String path = url.getRawPath();
        return "webhook " + Targets.origin(url) + (path == null || path.isEmpty() || path.equals("/") ? "" : "/…");
    }

    @Override
    public List<String> secrets() {
        return List.of(secret);
    }

    @Override
    public String toString() {
        return "WebhookTarget[" + redacted() + ", secret=***]";
    }
}

package io.fastscanner.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The checks the targets share on the URLs they are given. */
final class Targets {

    private Targets() {}

    /** {@code text} as an absolute http(s) URL with a host and without user info, or {@link InvalidChannelException}. */
    static URI httpUrl(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidChannelException(field, field + " is required");
        }
        URI uri;
        try {
            uri = new URI(text.trim());
        } catch (URISyntaxException e) {
            throw new InvalidChannelException(field, field + " is not a valid URL");
        }
        checkHttp(field, uri);
        return uri;
    }

    static void checkHttp(String field, URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidChannelException(field, field + " must be an http or https URL");
        }
        if (TargetHost.of(uri) == null) {
            throw new InvalidChannelException(field, field + " has no valid host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidChannelException(field, field + " must not carry credentials (user:password@)");
        }
    }

    /** {@code scheme://host[:port]}, without path, query or anything else that may hold a secret. */
    static String origin(URI uri) {
        TargetHost host = TargetHost.of(uri);
        String name = host.ipv6() ? "[" + host.host() + "]" : host.host();
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + name + ":" + host.port();
    }
}

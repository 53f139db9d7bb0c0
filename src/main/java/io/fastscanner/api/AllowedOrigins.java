package io.fastscanner.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The origins a browser may call the API from: the service's own (the host and port of the {@code Origin} header
 * equal those the request was sent to, so a proxy that ends TLS in front of the service changes nothing) and, when
 * CORS is enabled, those of {@code quarkus.http.cors.origins}, read as Quarkus reads them: exact origins, {@code *},
 * or a regular expression between slashes.
 */
final class AllowedOrigins {

    private final boolean corsEnabled;
    private final boolean anyOrigin;
    private final List<String> exact = new ArrayList<>();
    private final List<Pattern> patterns = new ArrayList<>();

    AllowedOrigins(boolean corsEnabled, List<String> corsOrigins) {
        this.corsEnabled = corsEnabled;
        boolean any = false;
        for (String origin : corsEnabled ? corsOrigins : List.<String>of()) {
            String o = origin.trim();
            if (o.equals("*") || o.equals("/.*/")) {
                any = true;
            } else if (o.length() > 2 && o.startsWith("/") && o.endsWith("/")) {
                patterns.add(Pattern.compile(o.substring(1, o.length() - 1)));
            } else {
                exact.add(o);
            }
        }
        this.anyOrigin = any;
    }

    boolean corsEnabled() {
        return corsEnabled;
    }

    /**
     * @param host the host the request was sent to (its {@code Host} header), or null
     * @param port the port of that header, or -1 when it names none
     */
    boolean allows(String origin, String host, int port) {
        if (sameOrigin(origin, host, port)) {
            return true;
        }
        return corsEnabled
                && (anyOrigin
                        || exact.contains(origin)
                        || patterns.stream().anyMatch(p -> p.matcher(origin).matches()));
    }

    private static boolean sameOrigin(String origin, String host, int port) {
        if (host == null) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int defaultPort = switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -2;
        };
        if (defaultPort < 0 || uri.getHost() == null) {
            return false;
        }
        int originPort = uri.getPort() < 0 ? defaultPort : uri.getPort();
        int requestPort = port < 0 ? defaultPort : port;
        return bare(uri.getHost()).equalsIgnoreCase(bare(host)) && originPort == requestPort;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}

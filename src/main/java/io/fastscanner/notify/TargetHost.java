package io.fastscanner.notify;

import java.net.URI;
import java.util.Locale;

/**
 * The host and port a URL names. {@link URI#getHost()} is null for hosts it does not take as server names (such as
 * {@code 127.1}, or a name with {@code _}), which are read here from the authority instead, so that the guard sees
 * every host a client would connect to.
 *
 * @param host without brackets for an IPv6 literal, lower case
 * @param ipv6 the host was an IPv6 literal in brackets
 */
record TargetHost(String host, int port, boolean ssl, boolean ipv6) {

    static TargetHost of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean ssl = scheme.equals("https");
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null) {
            String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            if (colon > authority.lastIndexOf(']')) {
                String digits = authority.substring(colon + 1);
                if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
                    return null;
                }
                port = Integer.parseInt(digits);
                authority = authority.substring(0, colon);
            }
            host = authority;
        }
        if (host.isEmpty() || port > 65535) {
            return null;
        }
        boolean ipv6 = host.startsWith("[") && host.endsWith("]");
        if (ipv6) {
            host = host.substring(1, host.length() - 1);
        }
        return new TargetHost(host.toLowerCase(Locale.ROOT), port < 0 ? (ssl ? 443 : 80) : port, ssl, ipv6);
    }
}

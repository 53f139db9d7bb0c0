package io.fastscanner.notify;

import java.net.InetAddress;
import java.net.URI;

/**
 * A target URL with the address the guard checked: requests connect to {@code address} and nowhere else, while the
 * {@code Host} header and TLS (SNI, certificate check) still use {@code host}. A name that resolves to another address
 * between the check and the connection (DNS rebinding) therefore changes nothing.
 */
public record ResolvedTarget(URI uri, String host, int port, boolean ssl, InetAddress address) {

    /** The request line's target: the path (at least {@code /}) and the query. */
    String pathAndQuery() {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    @Override
    public String toString() {
        return "ResolvedTarget[" + host + ":" + port + " -> " + address.getHostAddress() + "]";
    }
}

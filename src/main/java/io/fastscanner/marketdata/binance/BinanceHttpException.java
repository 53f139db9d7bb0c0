package io.fastscanner.marketdata.binance;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP error response from Binance, as raised by the REST client. {@link BinanceClient} turns it into an
 * {@link UpstreamException}; nothing else should see it.
 */
public final class BinanceHttpException extends RuntimeException {

    private static final int MAX_BODY = 512;

    private final int status;
    private final Map<String, List<String>> headers;
    private final String body;

    BinanceHttpException(int status, Map<String, List<String>> headers, String body) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    static BinanceHttpException of(Response response) {
        String body = "";
        try {
            if (response.hasEntity()) {
                body = response.readEntity(String.class);
            }
        } catch (RuntimeException e) {
            body = "";
        }
        if (body != null && body.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY);
        }
        return new BinanceHttpException(
                response.getStatus(), lowerCaseHeaders(response.getStringHeaders()), body == null ? "" : body);
    }

    /** Header names lower-cased (HTTP header names are case-insensitive), values in order. */
    static Map<String, List<String>> lowerCaseHeaders(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        }
        return Map.copyOf(copy);
    }

    int status() {
        return status;
    }

    Map<String, List<String>> headers() {
        return headers;
    }

    /** The start of the response body (Binance sends {@code {"code":-1121,"msg":"Invalid symbol."}}). */
    String body() {
        return body;
    }
}

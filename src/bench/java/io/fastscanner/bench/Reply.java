package io.fastscanner.bench;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of a simulated exchange, before the simulated network delay.
 *
 * @param endpoint    the counter it is counted under, e.g. {@code kline 60} (candle requests by interval)
 * @param rateLimited whether it is the exchange's answer to a request over its limit
 */
record Reply(String endpoint, int status, Map<String, String> headers, byte[] body, boolean rateLimited) {

    Reply {
        headers = Map.copyOf(headers);
    }

    static Reply ok(String endpoint, byte[] body) {
        return new Reply(endpoint, 200, Map.of(), body, false);
    }

    static Reply of(String endpoint, int status, String body) {
        return new Reply(endpoint, status, Map.of(), body.getBytes(StandardCharsets.UTF_8), false);
    }

    static Reply limited(String endpoint, int status, String body) {
        return new Reply(endpoint, status, Map.of(), body.getBytes(StandardCharsets.UTF_8), true);
    }

    Reply withHeader(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, String.valueOf(value));
        return new Reply(endpoint, status, more, body, rateLimited);
    }
}

package io.fastscanner.marketdata.exchanges;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One public GET request to an exchange.
 *
 * @param endpoint the short name in metrics and error messages, e.g. {@code candles}
 * @param limit    the name of the {@link io.fastscanner.marketdata.budget.WindowLimit} it counts against
 * @param weight   what it costs in that limit (1 where the exchange counts requests)
 * @param path     the path below the base URL, e.g. {@code /v5/market/kline}; path segments already encoded
 * @param query    query parameters in the order sent, values not yet encoded
 */
public record SpotRequest(String endpoint, String limit, int weight, String path, Map<String, String> query) {

    public SpotRequest {
        query = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    public static SpotRequest of(String endpoint, String limit, int weight, String path) {
        return new SpotRequest(endpoint, limit, weight, path, Map.of());
    }

    /** A copy with one more query parameter. */
    public SpotRequest with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, String.valueOf(value));
        return new SpotRequest(endpoint, limit, weight, path, more);
    }

    /** Path and query, e.g. {@code /v5/market/kline?category=spot&symbol=BTCUSDT}. */
    public String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + query.entrySet().stream()
                        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                        .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package io.fastscanner.marketdata.binance;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A successful Binance response: its body as read by the caller's reader, with the status and headers it came with.
 *
 * @param headers response headers, names lower-cased
 */
record BinanceResponse<T>(BinanceEndpoint endpoint, int status, Map<String, List<String>> headers, T body) {

    /** {@code X-MBX-USED-WEIGHT-1M} of any response, success or error (header names lower-cased). */
    static OptionalInt usedWeight(Map<String, List<String>> headers) {
        List<String> values = headers.get("x-mbx-used-weight-1m");
        if (values == null || values.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(values.get(0).trim()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}

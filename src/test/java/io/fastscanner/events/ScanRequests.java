package io.fastscanner.events;

import io.fastscanner.testing.Scans;
import java.util.List;
import java.util.stream.Collectors;

/** Starts scans through the API, as a client would. */
final class ScanRequests {

    static final List<String> THREE = List.of("BTC/USDT", "ETH/USDT", "SOL/USDT");

    private ScanRequests() {}

    /** Scans {@code symbols} and returns the scan's id; its deep analysis goes on in the background. */
    static String scan(List<String> symbols) {
        String body =
                symbols.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(",", "{\"symbols\":[", "]}"));
        return Scans.scan(body);
    }

    /** Scans every symbol of the source. */
    static String scanAll() {
        return Scans.scanDefaultUniverse();
    }
}

package io.fastscanner.scannerapi;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Map;

/**
 * What the Python service said for one scan.
 *
 * @param status         {@code ok}, {@code disabled} (no URL configured) or {@code unavailable} (down, slow, broken)
 * @param reason         why it is not {@code ok}, e.g. {@code timeout after 30s}, {@code http_500: Failed to queue
 *                       scan}, {@code circuit_open}, {@code malformed_response}; null when ok
 * @param contract       {@code sync} or {@code async} when it answered, else null
 * @param timeframeLabel the label requested (e.g. {@code medium}), null when disabled
 * @param candles        the candles that label implies (e.g. {@code 1h}), null when disabled
 * @param bySymbol       opinions keyed by our spelling, e.g. {@code BTC/USDT}; empty unless ok
 */
@RegisterForReflection
public record ScannerApiResult(String status, String reason, String contract, String timeframeLabel, String candles,
                               Map<String, ScannerApiOpinion> bySymbol) {

    public static final String OK = "ok";
    public static final String DISABLED = "disabled";
    public static final String UNAVAILABLE = "unavailable";

    public ScannerApiResult {
        bySymbol = bySymbol == null ? Map.of() : Map.copyOf(bySymbol);
    }

    public static ScannerApiResult ok(String contract, ScannerApiLabel label, Map<String, ScannerApiOpinion> bySymbol) {
        return new ScannerApiResult(OK, null, contract, label.label(), label.candles().label(), bySymbol);
    }

    public static ScannerApiResult disabled() {
        return new ScannerApiResult(DISABLED, "scanner.scanner-api.url is not set", null, null, null, Map.of());
    }

    public static ScannerApiResult unavailable(ScannerApiLabel label, String reason) {
        return new ScannerApiResult(UNAVAILABLE, reason, null, label.label(), label.candles().label(), Map.of());
    }

    public boolean isOk() {
        return OK.equals(status);
    }

    /** The opinion on {@code symbol} (our spelling, e.g. {@code BTC/USDT}), if it gave one. */
    public java.util.Optional<ScannerApiOpinion> opinion(String symbol) {
        return java.util.Optional.ofNullable(bySymbol.get(symbol));
    }
}

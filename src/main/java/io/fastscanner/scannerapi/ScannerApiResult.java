package io.fastscanner.scannerapi;

import com.fasterxml.jackson.annotation.JsonValue;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.signal.SignalType;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the Python service said for one scan.
 *
 * @param reason         why it is not {@code ok}, e.g. {@code timeout after 30s}, {@code http_500: Failed to queue
 *                       scan}, {@code circuit_open}, {@code malformed_response}; null when ok
 * @param contract       {@code sync} or {@code async} when it answered, else null
 * @param timeframeLabel the label requested (e.g. {@code medium}), null when disabled
 * @param candles        the candles that label implies (e.g. {@code 1h}), null when disabled
 * @param bySymbol       its opinions; empty unless ok
 */
public record ScannerApiResult(
        Status status,
        String reason,
        String contract,
        String timeframeLabel,
        String candles,
        Map<MarketSymbol, ScannerApiOpinion> bySymbol) {

    /** {@code ok}, {@code disabled} (no URL configured) or {@code unavailable} (down, slow, broken). */
    public enum Status {
        OK,
        DISABLED,
        UNAVAILABLE;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ScannerApiResult {
        bySymbol = bySymbol == null ? Map.of() : Map.copyOf(bySymbol);
    }

    public static ScannerApiResult ok(
            String contract, ScannerApiLabel label, Map<MarketSymbol, ScannerApiOpinion> bySymbol) {
        return new ScannerApiResult(
                Status.OK, null, contract, label.label(), label.candles().label(), bySymbol);
    }

    public static ScannerApiResult disabled() {
        return new ScannerApiResult(Status.DISABLED, "scanner.scanner-api.url is not set", null, null, null, Map.of());
    }

    public static ScannerApiResult unavailable(ScannerApiLabel label, String reason) {
        return new ScannerApiResult(
                Status.UNAVAILABLE, reason, null, label.label(), label.candles().label(), Map.of());
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    /** The opinion on {@code symbol}, if it gave one. */
    public Optional<ScannerApiOpinion> opinion(MarketSymbol symbol) {
        return Optional.ofNullable(bySymbol.get(symbol));
    }

    /** Its opinion on {@code symbol} compared with our signal, or why there is none. */
    public SecondOpinion forSymbol(MarketSymbol symbol, SignalType ours) {
        return opinion(symbol).<SecondOpinion>map(o -> o.withAgreement(ours)).orElseGet(() -> NoSecondOpinion.of(this));
    }
}

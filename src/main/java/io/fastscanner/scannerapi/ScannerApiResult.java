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
 * @param reason          why it is not {@code ok}, e.g. {@code timeout after 30s (...)}, {@code http_500: Failed to
 *                        queue scan}, {@code circuit_open}, {@code connection_failed: ...}, {@code not_ours: ...},
 *                        {@code malformed_response: ...}; null when ok
 * @param contract        {@code sync} or {@code async} when it answered, else null
 * @param timeframeLabel  the label requested (e.g. {@code medium}), null when disabled
 * @param candles         the candles that label implies (e.g. {@code 1h}), null when disabled
 * @param bySymbol        its opinions; empty unless ok
 * @param signalsInAnswer how many signals its answer held (any symbol); 0 unless ok
 */
public record ScannerApiResult(
        Status status,
        String reason,
        String contract,
        String timeframeLabel,
        String candles,
        Map<MarketSymbol, ScannerApiOpinion> bySymbol,
        int signalsInAnswer) {

    /**
     * {@code ok}, {@code disabled} (no URL configured), {@code unavailable} (down, slow, broken, or no answer that is
     * ours) or {@code pending} (asked, its answer not there yet).
     */
    public enum Status {
        OK,
        DISABLED,
        UNAVAILABLE,
        PENDING;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public ScannerApiResult {
        bySymbol = bySymbol == null ? Map.of() : Map.copyOf(bySymbol);
    }

    /** Its answer, holding exactly the signals in {@code bySymbol}. */
    public static ScannerApiResult ok(
            String contract, ScannerApiLabel label, Map<MarketSymbol, ScannerApiOpinion> bySymbol) {
        return ok(contract, label, bySymbol, bySymbol.size());
    }

    /** Its answer, which held {@code signalsInAnswer} signals, of which those in {@code bySymbol} are ours to use. */
    public static ScannerApiResult ok(
            String contract,
            ScannerApiLabel label,
            Map<MarketSymbol, ScannerApiOpinion> bySymbol,
            int signalsInAnswer) {
        return new ScannerApiResult(
                Status.OK, null, contract, label.label(), label.candles().label(), bySymbol, signalsInAnswer);
    }

    public static ScannerApiResult disabled() {
        return new ScannerApiResult(
                Status.DISABLED, "scanner.scanner-api.url is not set", null, null, null, Map.of(), 0);
    }

    public static ScannerApiResult unavailable(ScannerApiLabel label, String reason) {
        return new ScannerApiResult(
                Status.UNAVAILABLE, reason, null, label.label(), label.candles().label(), Map.of(), 0);
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

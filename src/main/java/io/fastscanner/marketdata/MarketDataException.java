package io.fastscanner.marketdata;

/** A market data request that failed; {@link #reason()} is the short, machine-readable cause shown per symbol. */
public class MarketDataException extends RuntimeException {

    private final String reason;

    public MarketDataException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public MarketDataException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}

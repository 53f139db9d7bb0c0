package io.fastscanner.marketdata;

import java.time.Duration;
import java.util.Optional;

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

    /** When the source expects to answer again (e.g. the end of an exchange ban); empty when it cannot tell. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }
}

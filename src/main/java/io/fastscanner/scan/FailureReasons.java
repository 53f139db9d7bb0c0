package io.fastscanner.scan;

import io.fastscanner.marketdata.MarketDataException;
import java.util.concurrent.TimeoutException;

/** Short, machine-readable reasons for a symbol that failed: {@code timeout}, {@code no_data: ...}, ... */
final class FailureReasons {

    private FailureReasons() {}

    static String of(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "timeout";
        }
        if (failure instanceof MarketDataException e) {
            return e.getMessage() == null ? e.reason() : e.reason() + ": " + e.getMessage();
        }
        if (failure instanceof IllegalArgumentException e) {
            return "invalid_data: " + e.getMessage();
        }
        return "error: " + failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    }
}

package io.fastscanner.scan;

import io.fastscanner.marketdata.MarketDataException;

/**
 * Why a scan failed, as kept for the replicas that wait for its result: they fail the same way ({@code reason} is the
 * market data reason, e.g. {@code timeout}, or {@code scan_failed}).
 */
record ScanFailure(String reason, String message) {

    static ScanFailure of(Throwable failure) {
        String reason = failure instanceof MarketDataException m ? m.reason() : "scan_failed";
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new ScanFailure(reason, message);
    }

    MarketDataException exception() {
        return new MarketDataException(reason, message);
    }
}

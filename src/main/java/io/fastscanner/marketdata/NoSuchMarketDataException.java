package io.fastscanner.marketdata;

/** The source has no data for the requested symbol or timeframe. */
public class NoSuchMarketDataException extends RuntimeException {
    public NoSuchMarketDataException(String message) {
        super(message);
    }
}

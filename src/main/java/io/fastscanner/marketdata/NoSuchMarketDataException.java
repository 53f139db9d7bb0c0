package io.fastscanner.marketdata;

/** The source has no data for the requested symbol or timeframe. */
public class NoSuchMarketDataException extends MarketDataException {
    public NoSuchMarketDataException(String message) {
        super("no_data", message);
    }
}

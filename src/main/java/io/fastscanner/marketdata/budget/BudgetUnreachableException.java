package io.fastscanner.marketdata.budget;

import io.fastscanner.marketdata.MarketDataException;

/**
 * The shared request budget in Redis could not be read or written, so a request cannot know whether the exchange
 * allows it and is not sent. Reason {@value #REASON}. There is no local fallback: a replica counting alone would
 * spend the IP's budget a second time.
 */
public class BudgetUnreachableException extends MarketDataException {

    public static final String REASON = "store_unavailable";

    public BudgetUnreachableException(String message, Throwable cause) {
        super(REASON, message, cause);
    }
}

package io.fastscanner.marketdata.binance;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.NoSuchMarketDataException;

/**
 * The symbol is not a tradable spot pair according to the exchange's current {@code exchangeInfo}. No request
 * for it was sent. A {@link NoSuchMarketDataException}, like the replay source's answer for an unknown symbol.
 */
public class UnknownSymbolException extends NoSuchMarketDataException {

    public static final String REASON = "unknown_symbol";

    private final MarketSymbol symbol;

    public UnknownSymbolException(MarketSymbol symbol) {
        super(Exchange.BINANCE + ": " + REASON + " (" + symbol + " is not a tradable spot symbol)");
        this.symbol = symbol;
    }

    /** Always {@value #REASON}. */
    @Override
    public String reason() {
        return REASON;
    }

    public MarketSymbol symbol() {
        return symbol;
    }
}

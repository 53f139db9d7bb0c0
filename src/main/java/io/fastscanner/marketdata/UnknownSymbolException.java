package io.fastscanner.marketdata;

/**
 * The symbol is not a tradable spot pair according to the exchange's current instruments list (Binance's
 * {@code exchangeInfo}). No request for it was sent. A {@link NoSuchMarketDataException}, like the replay source's
 * answer for an unknown symbol.
 */
public class UnknownSymbolException extends NoSuchMarketDataException {

    public static final String REASON = "unknown_symbol";

    private final MarketSymbol symbol;

    public UnknownSymbolException(Exchange exchange, MarketSymbol symbol) {
        super(exchange + ": " + REASON + " (" + symbol + " is not a tradable spot symbol)");
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

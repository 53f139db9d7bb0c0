package io.fastscanner.rules;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.List;

/**
 * The symbols a rule looks at: those listed (none listed: every symbol), on one exchange or any (null), on one
 * timeframe or any (null).
 */
public record RuleScope(List<MarketSymbol> symbols, Exchange exchange, Timeframe timeframe) {

    /** Every symbol on every exchange and timeframe. */
    public static final RuleScope ALL = new RuleScope(List.of(), null, null);

    public RuleScope {
        symbols = symbols == null ? List.of() : List.copyOf(symbols);
    }

    public boolean covers(Listing listing, Timeframe tf) {
        return (exchange == null || exchange == listing.exchange())
                && (timeframe == null || timeframe == tf)
                && (symbols.isEmpty() || symbols.contains(listing.symbol()));
    }
}

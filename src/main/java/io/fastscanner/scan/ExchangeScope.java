package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import java.util.List;

/**
 * The part of a scan on one exchange: the symbols named for it, or none for that exchange's default universe (its top
 * symbols by 24 h quote volume).
 */
public record ExchangeScope(Exchange exchange, List<MarketSymbol> symbols) {

    public ExchangeScope {
        symbols = List.copyOf(symbols);
    }

    /** What tells identical requests apart: the exchange and the symbols in any order. */
    String key() {
        return exchange.id() + ":"
                + (symbols.isEmpty()
                        ? "*"
                        : String.join(
                                ",",
                                new java.util.TreeSet<>(symbols.stream()
                                        .map(MarketSymbol::toString)
                                        .toList())));
    }
}

package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import java.util.stream.Collectors;

/** The checks of request values every resource shares: symbols, timeframes and limits, with their error codes. */
final class RequestValues {

    private RequestValues() {}

    /** A symbol in any accepted spelling, else 400 {@code INVALID_SYMBOL}. */
    static MarketSymbol symbol(String raw) {
        return MarketSymbol.parse(raw)
                .orElseThrow(() -> ApiException.badRequest(
                        "INVALID_SYMBOL",
                        "Not a symbol: '" + SymbolResolver.echo(raw)
                                + "'; use BASE/QUOTE, BASE-QUOTE, BASE_QUOTE or BASEQUOTE"));
    }

    /** {@code symbol} once the source is known to trade it, else 404 {@code UNKNOWN_SYMBOL}. */
    static Uni<MarketSymbol> traded(MarketSymbol symbol, MarketDataSource source) {
        return source.symbols().map(known -> {
            if (!known.contains(symbol)) {
                throw ApiException.notFound("UNKNOWN_SYMBOL", symbol + " is not traded on " + source.exchange());
            }
            return symbol;
        });
    }

    /**
     * The requested timeframe, or {@code fallback} when none is given; 400 {@code INVALID_TIMEFRAME} for an unknown
     * label and {@code UNSUPPORTED_TIMEFRAME} for one the source does not serve.
     */
    static Timeframe timeframe(String requested, Timeframe fallback, MarketDataSource source) {
        Timeframe tf = fallback;
        if (requested != null && !requested.isBlank()) {
            tf = Timeframe.fromLabel(requested)
                    .filter(t -> requested.chars().noneMatch(Character::isISOControl))
                    .orElseThrow(() -> ApiException.badRequest(
                            "INVALID_TIMEFRAME",
                            "Unknown timeframe '" + SymbolResolver.echo(requested) + "'; use one of "
                                    + Timeframe.labels()));
        }
        if (!source.timeframes().contains(tf)) {
            throw ApiException.badRequest(
                    "UNSUPPORTED_TIMEFRAME",
                    "The " + source.exchange() + " source has no " + tf
                            + " candles; available: "
                            + source.timeframes().stream().map(Timeframe::label).collect(Collectors.joining(", ")));
        }
        return tf;
    }

    /** A whole number from {@code min} to {@code max}, {@code fallback} when absent, else 400 {@code INVALID_LIMIT}. */
    static int limit(String raw, int min, int max, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= min && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest(
                "INVALID_LIMIT",
                "limit must be a whole number from " + min + " to " + max + ", got '" + SymbolResolver.echo(raw) + "'");
    }
}

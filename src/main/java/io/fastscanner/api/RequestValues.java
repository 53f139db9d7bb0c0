package io.fastscanner.api;

import io.fastscanner.errors.ApiException;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.MarketDataSources;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The checks of request values every resource shares: symbols, timeframes and limits, with their error codes. */
final class RequestValues {

    private RequestValues() {}

    /**
     * The source of the exchange a request names ({@code okx}), the default ({@code scanner.source}) when it names
     * none, else 400 {@code INVALID_EXCHANGE} naming the exchanges that can be chosen.
     */
    static MarketDataSource source(String requested, MarketDataSources sources) {
        if (requested == null || requested.isBlank()) {
            return sources.defaultSource();
        }
        return Exchange.fromId(requested)
                .flatMap(sources::get)
                .orElseThrow(() -> ApiException.badRequest(
                        "INVALID_EXCHANGE",
                        "Unknown exchange '" + SymbolResolver.echo(requested) + "'; use one of "
                                + sources.choosable().stream().map(Exchange::id).collect(Collectors.joining(", "))));
    }

    /** The exchanges of a quick scan: {@code exchanges}, else {@code exchange}, else the default; never both. */
    static List<MarketDataSource> sources(String exchange, List<String> exchanges, MarketDataSources sources) {
        if (exchanges == null || exchanges.isEmpty()) {
            return List.of(source(exchange, sources));
        }
        if (exchange != null) {
            throw ApiException.badRequest("INVALID_EXCHANGE", "Name either exchange or exchanges, not both");
        }
        Map<Exchange, MarketDataSource> chosen = new LinkedHashMap<>();
        for (String id : exchanges) {
            MarketDataSource source = source(id == null ? "" : id, sources);
            if (id == null || id.isBlank() || chosen.put(source.exchange(), source) != null) {
                throw ApiException.badRequest(
                        "INVALID_EXCHANGE", "exchanges must name each exchange once, got " + exchanges.size());
            }
        }
        return List.copyOf(chosen.values());
    }

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

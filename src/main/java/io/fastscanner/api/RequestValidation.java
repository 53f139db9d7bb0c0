package io.fastscanner.api;

import io.fastscanner.marketdata.MarketDataSource;
import io.fastscanner.marketdata.Timeframe;
import java.util.stream.Collectors;

/** Checks of request values shared by the endpoints. */
final class RequestValidation {

    private RequestValidation() {
    }

    /** The requested timeframe (or the default), which must be one the source serves. */
    static Timeframe timeframe(String requested, String defaultLabel, MarketDataSource source) {
        String label = requested == null || requested.isBlank() ? defaultLabel : requested;
        Timeframe tf = Timeframe.fromLabel(label).filter(t -> label.chars().noneMatch(Character::isISOControl)).orElseThrow(() -> ApiException.badRequest("INVALID_TIMEFRAME",
                "Unknown timeframe '" + SymbolResolver.echo(label) + "'; use one of " + Timeframe.labels()));
        if (!source.timeframes().contains(tf)) {
            throw ApiException.badRequest("UNSUPPORTED_TIMEFRAME", "The " + source.name() + " source has no " + tf
                    + " candles; available: " + source.timeframes().stream().map(Timeframe::label)
                            .collect(Collectors.joining(", ")));
        }
        return tf;
    }
}

package io.fastscanner.scan;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The newest 24 h tickers the scanner has seen, for ranking the default universe without waiting for the next ticker
 * call: a ranking by 24 h volume hardly moves in minutes, while a round trip to the exchange is one network latency
 * added to every scan.
 */
final class UniverseRanking {

    private record Snapshot(Exchange source, Map<MarketSymbol, Ticker24h> tickers, Instant at) {}

    private final AtomicReference<Snapshot> latest = new AtomicReference<>();

    void remember(Exchange source, Map<MarketSymbol, Ticker24h> tickers, Instant at) {
        latest.set(new Snapshot(source, tickers, at));
    }

    /** The top {@code size} pairs of {@code quote} by the tickers of {@code source} seen within {@code maxAge}. */
    Optional<List<MarketSymbol>> top(Exchange source, String quote, int size, Duration maxAge, Instant now) {
        Snapshot s = latest.get();
        if (s == null
                || s.source() != source
                || maxAge.isZero()
                || s.at().plus(maxAge).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(Universe.top(s.tickers().values(), quote, size));
    }
}

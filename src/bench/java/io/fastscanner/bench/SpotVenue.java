package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.HttpServerRequest;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the simulated Bybit, OKX, Coinbase, Kraken and KuCoin share: a {@link SimulatedMarket} whose pairs each names
 * its own way, candle rows in its own format ({@link CandleRows}), bodies built once per reset, and reading query
 * parameters. Each subclass is one exchange: its paths, limits, bodies and error answers.
 */
abstract class SpotVenue implements Venue {

    /** A query parameter that is not what the exchange accepts; the subclass turns it into its error answer. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message, null, false, false);
        }
    }

    protected final SimulatedMarket market;
    protected final Clock clock;
    protected final CandleRows rows;
    private final Map<String, SimulatedMarket.Listing> byName = new HashMap<>();
    private final Function<SimulatedMarket.Listing, String> naming;
    private final Map<String, byte[]> bodies = new java.util.concurrent.ConcurrentHashMap<>();

    SpotVenue(SimulatedMarket market, Function<SimulatedMarket.Listing, String> naming, CandleRows.Format format) {
        this.market = market;
        this.clock = market.clock();
        this.naming = naming;
        this.rows = new CandleRows(market.source(), clock, format);
        for (SimulatedMarket.Listing l : market.listings()) {
            byName.put(naming.apply(l), l);
        }
    }

    /** The exchange's name of a pair in requests, e.g. {@code SYN0001USDT}, {@code SYN0001-USD}. */
    String name(SimulatedMarket.Listing listing) {
        return naming.apply(listing);
    }

    /** The pair the exchange calls {@code name}; empty for a name it does not list. */
    Optional<SimulatedMarket.Listing> listing(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }

    /** Renders the newest {@code closed} rows of these pairs (as the service names them) before a timed run. */
    void prepare(List<MarketSymbol> symbols, Timeframe timeframe, int closed) {
        Map<MarketSymbol, MarketSymbol> sources = new HashMap<>();
        market.listings().forEach(l -> sources.put(l.symbol(), l.source()));
        rows.prepare(symbols.stream().map(sources::get).filter(s -> s != null).toList(), timeframe, closed);
    }

    /** A body built once until the next reset ({@code instruments}, {@code tickers}). */
    protected byte[] cached(String key, java.util.function.Supplier<String> build) {
        return bodies.computeIfAbsent(key, k -> build.get().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public void reset() {
        bodies.clear();
        rows.clear();
        resetLimits();
    }

    protected abstract void resetLimits();

    /** A whole-number parameter; {@code fallback} when absent. */
    static long longParam(HttpServerRequest request, String name, long fallback) {
        String value = request.getParam(name);
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new BadParameter(name);
        }
    }

    /** The numbers of a 24 h ticker as exchanges show them; the open is derived from the change. */
    record TickerNumbers(double last, double open, double high, double low, double baseVolume, double quoteVolume) {

        static TickerNumbers of(io.fastscanner.marketdata.Ticker24h t) {
            double last = t.lastPrice();
            double open = last / (1 + t.changePercent() / 100);
            return new TickerNumbers(
                    last, open, Math.max(last, open), Math.min(last, open), t.quoteVolume() / last, t.quoteVolume());
        }

        /** The change over 24 h as a fraction, e.g. {@code 0.0123}. */
        double change() {
            return last / open - 1;
        }
    }

    /** A string as a JSON string literal (the names and messages here need no escapes beyond quotes). */
    static String q(Object value) {
        return "\"" + value + "\"";
    }
}

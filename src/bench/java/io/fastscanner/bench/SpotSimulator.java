package io.fastscanner.bench;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A loopback Bybit, OKX, Coinbase, Kraken or KuCoin for benchmarks: that exchange's {@link SpotVenue} (its paths,
 * formats, request limit and over-limit answer) on a {@link LoopbackServer} (latency ± jitter by timer, counters per
 * endpoint), over a {@link SimulatedMarket}. One per exchange run.
 */
final class SpotSimulator implements AutoCloseable {

    /** The exchanges simulated here, in the order a run takes them. */
    static final List<Exchange> EXCHANGES =
            List.of(Exchange.BYBIT, Exchange.OKX, Exchange.COINBASE, Exchange.KRAKEN, Exchange.KUCOIN);

    private static final Set<Exchange> FIAT_QUOTED = Set.of(Exchange.COINBASE, Exchange.KRAKEN);

    private final Exchange exchange;
    private final SimulatedMarket market;
    private final SpotVenue venue;
    private final LoopbackServer server;

    /**
     * @param symbols synthetic symbols of the market
     * @param quote   the exchange's main quote asset (the adapter's default quote, e.g. {@code USDT}, {@code USD})
     */
    SpotSimulator(Exchange exchange, Vertx vertx, int symbols, String quote, Duration latency, Duration jitter) {
        this.exchange = exchange;
        String otherQuote = FIAT_QUOTED.contains(exchange) ? "EUR" : "BTC";
        this.market = new SimulatedMarket(symbols, 42, Clock.systemUTC(), quote, otherQuote);
        this.venue = venue(exchange).apply(market);
        this.server = new LoopbackServer(vertx, venue, latency, jitter);
    }

    private static Function<SimulatedMarket, SpotVenue> venue(Exchange exchange) {
        return switch (exchange) {
            case BYBIT -> BybitVenue::new;
            case OKX -> OkxVenue::new;
            case COINBASE -> CoinbaseVenue::new;
            case KRAKEN -> KrakenVenue::new;
            case KUCOIN -> KucoinVenue::new;
            default -> throw new IllegalArgumentException(exchange + " is not simulated by SpotSimulator");
        };
    }

    /** The limit the exchange documents and its simulator enforces (bench/README.md). */
    static String documentedLimit(Exchange exchange) {
        return switch (exchange) {
            case BYBIT -> "600 requests in any 5 s per IP";
            case OKX -> "per IP and endpoint, per 2 s: candles 40, history-candles 20, tickers 20, instruments 20";
            case COINBASE -> "10 requests / s per IP";
            case KRAKEN -> "1 request / s per IP (OHLC: per IP and pair)";
            case KUCOIN -> "Public pool 2,000 weight / 30 s (candles 3, allTickers 15, symbols 4)";
            default -> "";
        };
    }

    /** The main quote when no adapter names one: what each exchange's spot market trades most against. */
    static String usualQuote(Exchange exchange) {
        return FIAT_QUOTED.contains(exchange) ? "USD" : "USDT";
    }

    Exchange exchange() {
        return exchange;
    }

    int start(int port) {
        return server.start(port);
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** Clears the counters, the request windows and the cached answers; tickers are computed again. */
    synchronized void reset() {
        server.reset();
        market.reset();
    }

    LoopbackServer.Stats stats() {
        return server.stats();
    }

    /** The trading pairs of the main quote by 24 h quote volume, highest first, as the service names them. */
    List<MarketSymbol> symbolsByVolume() {
        return market.symbolsByVolume();
    }

    /** The exchange's own name of a pair, e.g. {@code SYN0001-USDT}. */
    String exchangeName(MarketSymbol symbol) {
        return market.listings().stream()
                .filter(l -> l.symbol().equals(symbol))
                .findFirst()
                .map(venue::name)
                .orElseThrow();
    }

    /** Renders the newest {@code closed} rows of these pairs' candles before a timed run. */
    void prepareCandles(List<MarketSymbol> symbols, Timeframe timeframe, int closed) {
        venue.prepare(symbols, timeframe, closed);
    }

    @Override
    public void close() {
        server.close();
    }
}

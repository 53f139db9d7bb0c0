package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * The exchanges' kline streams ({@code scanner.live.*}): attaches to each live source whose exchange has a stream
 * protocol, and keeps the watched series in memory. A source without streams, or with streams off, is left as it is.
 */
@ApplicationScoped
public class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class);

    private final LiveConfig config;
    private final Vertx vertx;
    private final Clock clock;
    private final Event<CandleClosed> closes;
    private final Map<Exchange, ExchangeStreams> exchanges = new ConcurrentHashMap<>();

    LiveStreams(LiveConfig config, Vertx vertx, Clock clock, Event<CandleClosed> closes) {
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
        this.closes = closes;
    }

    public boolean enabled() {
        return config.enabled();
    }

    /**
     * {@code served} with its candles and tickers taken from the streams when they hold them fresh; {@code rest} is the
     * uncached source the streams' series are loaded from. {@code served} itself when streams are off or the exchange
     * has none.
     */
    public MarketDataSource attach(MarketDataSource served, MarketDataSource rest) {
        Optional<StreamProtocol> protocol = StreamProtocols.of(rest.exchange());
        if (!config.enabled() || !rest.live() || protocol.isEmpty()) {
            return served;
        }
        LiveTickers tickers = new LiveTickers();
        ExchangeStreams streams = new ExchangeStreams(
                protocol.get(),
                vertx,
                url(protocol.get()),
                settings(protocol.get()),
                perConnection(protocol.get()),
                config.maxSeries(),
                config.repairConcurrency(),
                rest,
                clock,
                tickers,
                closes::fire);
        exchanges.put(rest.exchange(), streams);
        refreshTickersEvery(config.tickerRefresh(), rest, tickers);
        LOG.infof("Live streams of %s at %s", rest.exchange().id(), url(protocol.get()));
        return new LiveMarketDataSource(
                served, streams, tickers, config.tickerRefresh().multipliedBy(2));
    }

    /** Starts watching these series of {@code exchange}, each holding {@code capacity} closed candles. */
    public void watch(Exchange exchange, Collection<StreamKey> keys, int capacity) {
        Optional.ofNullable(exchanges.get(exchange)).ifPresent(streams -> streams.watch(keys, capacity));
    }

    /** Whether {@code exchange}'s streams run (streams on, and the exchange has them). */
    public boolean streams(Exchange exchange) {
        return exchanges.containsKey(exchange);
    }

    /** Whether the series is watched (in memory, or being loaded). */
    public boolean watches(Exchange exchange, StreamKey key) {
        ExchangeStreams streams = exchanges.get(exchange);
        return streams != null && streams.watches(key);
    }

    /** The series as the stream keeps it, fresh or not. */
    public Optional<LiveSeries> series(Exchange exchange, StreamKey key) {
        return Optional.ofNullable(exchanges.get(exchange)).flatMap(s -> s.series(key));
    }

    /** The stream connections of {@code exchange}; empty when it has none. */
    public List<StreamHealth> health(Exchange exchange) {
        ExchangeStreams streams = exchanges.get(exchange);
        return streams == null ? List.of() : streams.health();
    }

    public Map<Exchange, List<StreamHealth>> health() {
        Map<Exchange, List<StreamHealth>> all = new java.util.TreeMap<>();
        exchanges.forEach((exchange, streams) -> all.put(exchange, streams.health()));
        return all;
    }

    void stop(@Observes ShutdownEvent event) {
        exchanges.values().forEach(ExchangeStreams::stop);
    }

    /** The first tickers come with the first scan or universe that asks for them (the source remembers them). */
    private void refreshTickersEvery(Duration every, MarketDataSource rest, LiveTickers tickers) {
        vertx.setPeriodic(
                every.toMillis(),
                every.toMillis(),
                t -> rest.tickers()
                        .subscribe()
                        .with(
                                fetched -> tickers.remember(fetched, clock.millis()),
                                failure -> LOG.infof(
                                        "Refreshing %s's tickers failed: %s",
                                        rest.exchange().id(), failure.getMessage())));
    }

    private URI url(StreamProtocol protocol) {
        LiveConfig.Stream stream = switch (protocol.exchange()) {
            case BINANCE -> config.binance();
            case BYBIT -> config.bybit();
            case OKX -> config.okx();
            default -> null;
        };
        return URI.create(
                Optional.ofNullable(stream).flatMap(LiveConfig.Stream::url).orElse(protocol.defaultUrl()));
    }

    private StreamConnection.Settings settings(StreamProtocol protocol) {
        Duration life = config.connectionLife()
                .or(() -> protocol.maxConnectionLife().map(max -> max.minusMinutes(10)))
                .orElse(Duration.ofHours(24));
        return new StreamConnection.Settings(config.stallAfter(), config.reconnectMin(), config.reconnectMax(), life);
    }

    private int perConnection(StreamProtocol protocol) {
        int max = protocol.maxStreamsPerConnection();
        return config.maxStreamsPerConnection().isPresent()
                ? Math.min(max, config.maxStreamsPerConnection().getAsInt())
                : max;
    }
}

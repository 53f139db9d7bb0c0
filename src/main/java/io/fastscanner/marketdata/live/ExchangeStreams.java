package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Listing;
import io.fastscanner.marketdata.MarketDataSource;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The kline streams of one exchange: which series are watched, on which connection, and their candles in memory. A
 * series is used only once a request has loaded it ({@link StreamRepairs}) and the stream has kept it in sequence
 * since; every connection loss, stall, missed or out-of-order candle sends it back to a repair.
 */
final class ExchangeStreams implements StreamConnection.Listener {

    private static final Logger LOG = Logger.getLogger(ExchangeStreams.class);

    private record Watched(StreamKey key, String stream, LiveSeries series, StreamConnection connection) {}

    private final Exchange exchange;
    private final StreamProtocol protocol;
    private final Vertx vertx;
    private final WebSocketClient client;
    private final URI url;
    private final StreamConnection.Settings settings;
    private final int perConnection;
    private final int maxSeries;
    private final Clock clock;
    private final StreamRepairs repairs;
    private final Consumer<CandleClosed> closes;
    private final LiveTickers tickers;
    private final Map<StreamKey, Watched> byKey = new ConcurrentHashMap<>();
    private final Map<String, Watched> byStream = new ConcurrentHashMap<>();
    private final List<StreamConnection> connections = new ArrayList<>();

    ExchangeStreams(
            StreamProtocol protocol,
            Vertx vertx,
            URI url,
            StreamConnection.Settings settings,
            int perConnection,
            int maxSeries,
            int repairConcurrency,
            MarketDataSource rest,
            Clock clock,
            LiveTickers tickers,
            Consumer<CandleClosed> closes) {
        this.exchange = protocol.exchange();
        this.protocol = protocol;
        this.vertx = vertx;
        this.client = vertx.createWebSocketClient();
        this.url = url;
        this.settings = settings;
        this.perConnection = perConnection;
        this.maxSeries = maxSeries;
        this.clock = clock;
        this.closes = closes;
        this.tickers = tickers;
        this.repairs = new StreamRepairs(rest, repairConcurrency, vertx, this::repaired);
    }

    Exchange exchange() {
        return exchange;
    }

    /** Starts watching these series (those not watched yet), each keeping {@code capacity} closed candles. */
    synchronized void watch(Collection<StreamKey> keys, int capacity) {
        Map<StreamConnection, List<String>> subscribe = new LinkedHashMap<>();
        List<Watched> added = new ArrayList<>();
        for (StreamKey key : keys) {
            if (byKey.containsKey(key)) {
                continue;
            }
            if (byKey.size() >= maxSeries) {
                LOG.warnf(
                        "%s: %d series watched, the most allowed (scanner.live.max-series); the rest are served by"
                                + " requests",
                        exchange.id(), maxSeries);
                break;
            }
            Optional<String> name = protocol.streamName(key);
            if (name.isEmpty()) {
                continue;
            }
            StreamConnection connection = connectionWithRoom(subscribe);
            Watched watched =
                    new Watched(key, name.get(), new LiveSeries(key.symbol(), key.timeframe(), capacity), connection);
            byKey.put(key, watched);
            byStream.put(watched.stream(), watched);
            subscribe.computeIfAbsent(connection, c -> new ArrayList<>()).add(watched.stream());
            added.add(watched);
        }
        subscribe.forEach(StreamConnection::add); // one batch of subscribe frames per connection
        added.forEach(w -> repairs.request(w.series()));
    }

    /** A connection with room for one more stream, counting those about to be added to it. */
    private StreamConnection connectionWithRoom(Map<StreamConnection, List<String>> adding) {
        for (StreamConnection connection : connections) {
            int pending = adding.getOrDefault(connection, List.of()).size();
            if (connection.room() - pending > 0) {
                return connection;
            }
        }
        StreamConnection connection = new StreamConnection(
                exchange.id() + "-" + (connections.size() + 1),
                vertx,
                client,
                protocol,
                url,
                perConnection,
                settings,
                clock,
                this);
        connections.add(connection);
        connection.start();
        return connection;
    }

    /** The series' newest {@code limit} closed candles, when they are in memory and fresh at {@code nowMs}. */
    Optional<CandleSeries> fresh(StreamKey key, long nowMs, int limit) {
        Watched watched = byKey.get(key);
        if (watched == null || watched.series().capacity() < limit) {
            return Optional.empty();
        }
        return watched.series().fresh(nowMs, limit);
    }

    /** See {@link LiveSeries#closeDue}; empty when the series is not watched. */
    Optional<CompletionStage<Void>> closeDue(StreamKey key, long nowMs, long graceMs) {
        Watched watched = byKey.get(key);
        return watched == null ? Optional.empty() : watched.series().closeDue(nowMs, graceMs);
    }

    Optional<LiveSeries> series(StreamKey key) {
        return Optional.ofNullable(byKey.get(key)).map(Watched::series);
    }

    boolean watches(StreamKey key) {
        return byKey.containsKey(key);
    }

    synchronized List<StreamHealth> health() {
        List<StreamHealth> health = new ArrayList<>();
        for (StreamConnection connection : connections) {
            connection.repairing((int) byKey.values().stream()
                    .filter(w -> w.connection() == connection && w.series().repairing())
                    .count());
            health.add(connection.health());
        }
        return health;
    }

    synchronized void stop() {
        connections.forEach(StreamConnection::stop);
        repairs.stop();
        client.close();
    }

    @Override
    public void opened(StreamConnection connection) {
        forEachOn(connection, w -> repairs.request(w.series()));
    }

    @Override
    public void lost(StreamConnection connection, String reason) {
        forEachOn(connection, w -> w.series().markRepairing(reason));
    }

    @Override
    public void received(StreamMessage.Klines klines) {
        for (KlineUpdate update : klines.updates()) {
            Watched watched = byStream.get(update.stream());
            if (watched == null) {
                continue;
            }
            tickers.price(watched.key().symbol(), update.candle().close());
            LiveSeries.Outcome outcome = watched.series().accept(update.candle(), update.closed());
            if (outcome == LiveSeries.Outcome.CLOSED) {
                announce(watched, update.candle().openTimeMs());
            } else if (outcome == LiveSeries.Outcome.NEEDS_REPAIR) {
                LOG.infof(
                        "%s %s: %s; reloading",
                        exchange.id(), watched.key(), watched.series().repairReason());
                repairs.request(watched.series());
            }
        }
    }

    private void repaired(LiveSeries series) {
        CandleSeries candles = series.snapshot();
        if (!candles.isEmpty()) {
            announce(
                    byKey.get(new StreamKey(series.symbol(), series.timeframe())),
                    candles.openTime(candles.size() - 1));
        }
    }

    private void announce(Watched watched, long candleOpenMs) {
        if (watched != null) {
            closes.accept(new CandleClosed(
                    new Listing(exchange, watched.key().symbol()), watched.key().timeframe(), candleOpenMs));
        }
    }

    private void forEachOn(StreamConnection connection, Consumer<Watched> action) {
        byKey.values().stream().filter(w -> w.connection() == connection).forEach(action);
    }
}

package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.synthetic.SyntheticMarketDataSource;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback Binance spot exchange for benchmarks: {@code /api/v3/exchangeInfo}, {@code /api/v3/ticker/24hr}
 * (every symbol, one array) and {@code /api/v3/klines} over a {@link SyntheticMarketDataSource} of any size.
 *
 * <ul>
 * <li><b>Latency</b>: every answer is sent {@code latency ± jitter} (uniform) after the request arrived, by a Vert.x
 * timer: no thread waits for it. The time spent building the body counts towards that delay.</li>
 * <li><b>Request weight</b>: exchangeInfo 20, ticker/24hr 80, klines 2, counted per minute window; every answer
 * carries {@code X-MBX-USED-WEIGHT-1M}. A request that would take the window past {@code weightLimit} (6000) is
 * answered {@code 429} with {@code Retry-After} (seconds to the next window) and Binance's error body; it adds no
 * weight. Windows are aligned to the UTC minute like Binance's; {@link #reset()} empties the current one, so that
 * every benchmark run starts with the same fresh budget.</li>
 * <li><b>Klines</b>: like Binance, the last row is the still-forming candle (close time in the future); the rows
 * before it are the synthetic market's closed candles. At most 1000 rows.</li>
 * <li><b>Counters</b>: requests per endpoint, 429s, the peak weight of a window, the peak number of requests in
 * flight and the connections opened, since the last {@link #reset()}.</li>
 * </ul>
 */
public final class ExchangeSimulator implements AutoCloseable {

    public static final int WEIGHT_LIMIT = 6000;
    static final int MAX_KLINES = 1000;

    public enum Endpoint {
        EXCHANGE_INFO("exchangeInfo", 20),
        TICKER_24H("ticker/24hr", 80),
        KLINES("klines", 2),
        OTHER("other", 1);

        final String label;
        final int weight;

        Endpoint(String label, int weight) {
            this.label = label;
            this.weight = weight;
        }
    }

    /** Counters since the last reset. */
    public record Stats(
            Map<String, Long> requests,
            long total,
            long rateLimited,
            int peakWeight,
            int peakInFlight,
            long connections) {}

    private final Vertx vertx;
    private final SyntheticMarketDataSource market;
    private final Clock clock;
    private final long latencyMs;
    private final long jitterMs;
    private final SimulatedWeightLimit weightLimit;
    private final byte[] exchangeInfo;
    private final KlineBodies klineBodies;
    private HttpServer server;

    private final Map<Endpoint, AtomicLong> requests = new EnumMap<>(Endpoint.class);
    private final AtomicLong rateLimited = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile int peakInFlight;
    private volatile byte[] tickers;
    private volatile List<MarketSymbol> byVolume;

    /** The simulated Binance every run of the bench uses: the options' market size, latency and jitter, seed 42. */
    static ExchangeSimulator forBench(Vertx vertx, BenchOptions options) {
        return new ExchangeSimulator(
                vertx,
                options.marketSize(),
                42,
                Duration.ofMillis(options.latencyMs),
                Duration.ofMillis(options.jitterMs),
                WEIGHT_LIMIT);
    }

    public ExchangeSimulator(Vertx vertx, int symbols, long seed, Duration latency, Duration jitter, int weightLimit) {
        this.vertx = vertx;
        this.clock = Clock.systemUTC();
        this.market = new SyntheticMarketDataSource(symbols, seed, clock);
        this.latencyMs = latency.toMillis();
        this.jitterMs = Math.min(jitter.toMillis(), latencyMs);
        this.weightLimit = new SimulatedWeightLimit(clock, weightLimit);
        for (Endpoint e : Endpoint.values()) {
            requests.put(e, new AtomicLong());
        }
        this.exchangeInfo =
                ExchangeJson.exchangeInfo(market.symbols().await().indefinitely(), weightLimit, clock.millis());
        this.klineBodies = new KlineBodies(market, clock);
    }

    /** Starts listening on 127.0.0.1 (port 0: any free port) and returns the port. */
    public int start(int port) {
        HttpServerOptions options = new HttpServerOptions()
                .setHost("127.0.0.1")
                .setPort(port)
                .setTcpNoDelay(true)
                .setIdleTimeout(0);
        server = vertx.createHttpServer(options)
                .connectionHandler(c -> connections.incrementAndGet())
                .requestHandler(this::handle);
        return await(server.listen()).actualPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.actualPort();
    }

    /**
     * Clears the counters and the weight used in the current UTC minute, so a run gets its whole 6000 budget. The
     * 24 h tickers are computed again.
     */
    public synchronized void reset() {
        requests.values().forEach(a -> a.set(0));
        rateLimited.set(0);
        connections.set(0);
        peakInFlight = inFlight.get();
        weightLimit.reset();
        tickers = null;
        byVolume = null;
        klineBodies.clear();
    }

    public synchronized Stats stats() {
        Map<String, Long> counts = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<Endpoint, AtomicLong> e : requests.entrySet()) {
            counts.put(e.getKey().label, e.getValue().get());
            total += e.getValue().get();
        }
        return new Stats(counts, total, rateLimited.get(), weightLimit.peak(), peakInFlight, connections.get());
    }

    /** The market's symbols ordered by 24 h quote volume, highest first, as the ticker endpoint serves them now. */
    public List<MarketSymbol> symbolsByVolume() {
        tickerBody();
        return byVolume;
    }

    private void handle(HttpServerRequest request) {
        long arrived = System.nanoTime();
        int now = inFlight.incrementAndGet();
        if (now > peakInFlight) {
            peakInFlight = now; // benign race: a peak, not an exact count
        }
        String path = request.path();
        Endpoint endpoint = switch (path) {
            case "/api/v3/exchangeInfo" -> Endpoint.EXCHANGE_INFO;
            case "/api/v3/ticker/24hr" -> Endpoint.TICKER_24H;
            case "/api/v3/klines" -> Endpoint.KLINES;
            default -> Endpoint.OTHER;
        };
        requests.get(endpoint).incrementAndGet();
        SimulatedWeightLimit.Decision weight = weightLimit.take(endpoint.weight);
        int status = weight.refused() ? 429 : 200;
        String retryAfter = weight.retryAfterSeconds();
        int used = weight.usedWeight();
        byte[] body;
        if (weight.refused()) {
            rateLimited.incrementAndGet();
            body = ("{\"code\":-1003,\"msg\":\"Too much request weight used; current limit is " + weightLimit.limit()
                            + " request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling"
                            + " the API.\"}")
                    .getBytes();
        } else {
            try {
                body = switch (endpoint) {
                    case EXCHANGE_INFO -> exchangeInfo;
                    case TICKER_24H -> tickerBody();
                    case KLINES -> klines(request);
                    case OTHER -> null;
                };
                if (body == null) {
                    status = 404;
                    body = "{\"code\":-1,\"msg\":\"Not found\"}".getBytes();
                }
            } catch (BadRequest e) {
                status = 400;
                body = ("{\"code\":" + e.code + ",\"msg\":\"" + e.getMessage() + "\"}").getBytes();
            }
        }
        long jitter = jitterMs == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitterMs, jitterMs + 1);
        long spentMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - arrived);
        long delay = latencyMs + jitter - spentMs;
        int finalStatus = status;
        String finalRetryAfter = retryAfter;
        byte[] finalBody = body;
        Runnable send = () -> {
            inFlight.decrementAndGet();
            var response = request.response()
                    .setStatusCode(finalStatus)
                    .putHeader("Content-Type", "application/json;charset=UTF-8")
                    .putHeader("X-MBX-USED-WEIGHT-1M", Integer.toString(used));
            if (finalRetryAfter != null) {
                response.putHeader("Retry-After", finalRetryAfter);
            }
            response.end(Buffer.buffer(finalBody));
        };
        if (delay >= 1) {
            vertx.setTimer(delay, id -> send.run());
        } else {
            send.run();
        }
    }

    private byte[] klines(HttpServerRequest request) {
        String exchangeSymbol = request.getParam("symbol");
        String interval = request.getParam("interval");
        String limitText = request.getParam("limit");
        MarketSymbol symbol = exchangeSymbol == null || !exchangeSymbol.endsWith("USDT")
                ? null
                : MarketSymbol.parse(exchangeSymbol).orElse(null);
        Timeframe tf = interval == null ? null : Timeframe.fromLabel(interval).orElse(null);
        if (tf == null) {
            throw new BadRequest(-1120, "Invalid interval.");
        }
        int limit;
        try {
            limit = limitText == null ? 500 : Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            throw new BadRequest(-1100, "Illegal characters found in parameter 'limit'.");
        }
        limit = Math.max(1, Math.min(MAX_KLINES, limit));
        byte[] body = symbol == null ? null : klineBodies.body(symbol, tf, limit);
        if (body == null) {
            throw new BadRequest(-1121, "Invalid symbol.");
        }
        return body;
    }

    /**
     * Builds the kline answers of {@code symbols} now, so that building them (about 150 KB of JSON each) does not
     * compete for the CPUs with the service during the measured scan; a real exchange builds them elsewhere.
     */
    public void prepareKlines(List<MarketSymbol> symbols, Timeframe timeframe, int limit) {
        klineBodies.prepare(symbols, timeframe, Math.max(1, Math.min(MAX_KLINES, limit)));
    }

    private byte[] tickerBody() {
        byte[] cached = tickers;
        if (cached != null) {
            return cached;
        }
        synchronized (this) {
            if (tickers != null) {
                return tickers;
            }
            Map<MarketSymbol, Ticker24h> all = market.tickers().await().indefinitely();
            List<Ticker24h> sorted = new ArrayList<>(all.values());
            sorted.sort(Comparator.comparingDouble(Ticker24h::quoteVolume)
                    .reversed()
                    .thenComparing(t -> t.symbol().toString()));
            byte[] body = ExchangeJson.tickers(all.values(), clock.millis());
            byVolume = sorted.stream().map(Ticker24h::symbol).toList();
            tickers = body;
            return body;
        }
    }

    @Override
    public void close() {
        if (server != null) {
            await(server.close());
        }
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class BadRequest extends RuntimeException {
        final int code;

        BadRequest(int code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}

package io.fastscanner.bench;

import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.HttpServerRequest;
import java.util.Map;

/**
 * Binance's spot API over a {@link SimulatedMarket}: {@code /api/v3/exchangeInfo}, {@code /api/v3/ticker/24hr} (every
 * symbol, one array) and {@code /api/v3/klines}.
 * <ul>
 * <li><b>Request weight</b>: exchangeInfo 20, ticker/24hr 80, klines 2, counted per UTC minute; every answer carries
 * {@code X-MBX-USED-WEIGHT-1M}. A request that would take the minute past the limit (6000) is answered {@code 429}
 * with {@code Retry-After} (seconds to the next minute) and Binance's error body; it adds no weight.</li>
 * <li><b>Klines</b>: like Binance, the last row is the still-forming candle (close time in the future); the rows
 * before it are the synthetic market's closed candles. At most 1000 rows. The candles are {@link BinanceKlines}',
 * which the kline streams ({@link BinanceStreams}) push too.</li>
 * </ul>
 */
final class BinanceVenue implements Venue {

    private static final Map<String, String> LABELS = Map.of(
            "/api/v3/exchangeInfo", "exchangeInfo",
            "/api/v3/ticker/24hr", "ticker/24hr",
            "/api/v3/klines", "klines");
    private static final Map<String, Integer> WEIGHTS = Map.of("exchangeInfo", 20, "ticker/24hr", 80, "klines", 2);

    private final SimulatedMarket market;
    private final SimulatedLimit weightLimit;
    private final byte[] exchangeInfo;
    private final KlineBodies klineBodies;
    private volatile byte[] tickers;

    BinanceVenue(SimulatedMarket market, BinanceKlines klines, int weightLimit) {
        this.market = market;
        this.weightLimit = SimulatedLimit.aligned(market.clock(), weightLimit, 60_000);
        this.exchangeInfo = ExchangeJson.exchangeInfo(
                market.source().symbols().await().indefinitely(),
                weightLimit,
                market.clock().millis());
        this.klineBodies = new KlineBodies(klines, market.clock());
    }

    @Override
    public Reply answer(HttpServerRequest request) {
        String endpoint = LABELS.getOrDefault(request.path(), "other");
        SimulatedLimit.Decision weight = weightLimit.take(WEIGHTS.getOrDefault(endpoint, 1));
        Reply reply;
        if (weight.refused()) {
            reply = Reply.limited(
                            endpoint,
                            429,
                            "{\"code\":-1003,\"msg\":\"Too much request weight used; current limit is "
                                    + weightLimit.limit()
                                    + " request weight per 1 MINUTE. Please use WebSocket Streams for live updates to"
                                    + " avoid polling the API.\"}")
                    .withHeader("Retry-After", weight.retryAfterSeconds());
        } else {
            reply = switch (endpoint) {
                case "exchangeInfo" -> Reply.ok(endpoint, exchangeInfo);
                case "ticker/24hr" -> Reply.ok(endpoint, tickerBody());
                case "klines" -> klines(request);
                default -> Reply.of(endpoint, 404, "{\"code\":-1,\"msg\":\"Not found\"}");
            };
        }
        return reply.withHeader("Content-Type", "application/json;charset=UTF-8")
                .withHeader("X-MBX-USED-WEIGHT-1M", weight.usedWeight());
    }

    private Reply klines(HttpServerRequest request) {
        String exchangeSymbol = request.getParam("symbol");
        String interval = request.getParam("interval");
        String limitText = request.getParam("limit");
        MarketSymbol symbol = exchangeSymbol == null || !exchangeSymbol.endsWith("USDT")
                ? null
                : MarketSymbol.parse(exchangeSymbol).orElse(null);
        Timeframe tf = interval == null ? null : Timeframe.fromLabel(interval).orElse(null);
        if (tf == null) {
            return badRequest(-1120, "Invalid interval.");
        }
        int limit;
        try {
            limit = limitText == null ? 500 : Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            return badRequest(-1100, "Illegal characters found in parameter 'limit'.");
        }
        limit = Math.max(1, Math.min(ExchangeSimulator.MAX_KLINES, limit));
        byte[] body = symbol == null ? null : klineBodies.body(symbol, tf, limit);
        if (body == null) {
            return badRequest(-1121, "Invalid symbol.");
        }
        return Reply.ok("klines", body);
    }

    private static Reply badRequest(int code, String message) {
        return Reply.of("klines", 400, "{\"code\":" + code + ",\"msg\":\"" + message + "\"}");
    }

    /** Builds the kline answers of {@code symbols} now (before a timed run). */
    void prepareKlines(java.util.List<MarketSymbol> symbols, Timeframe timeframe, int limit) {
        klineBodies.prepare(symbols, timeframe, limit);
    }

    private byte[] tickerBody() {
        byte[] cached = tickers;
        if (cached == null) {
            Map<SimulatedMarket.Listing, Ticker24h> all = market.tickers();
            cached = ExchangeJson.tickers(all.values(), market.clock().millis());
            tickers = cached;
        }
        return cached;
    }

    @Override
    public void reset() {
        weightLimit.reset();
        tickers = null;
        klineBodies.clear();
    }

    @Override
    public Map<String, Integer> peakUse() {
        return Map.of("weight per minute", weightLimit.peak());
    }
}

package io.fastscanner.bench;

import static io.fastscanner.bench.CandleRows.plain;

import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KuCoin spot (https://www.kucoin.com/docs-new/): {@code /api/v2/symbols}, {@code /api/v1/market/allTickers} and
 * {@code /api/v1/market/candles}: {@code symbol}, {@code type} ({@code 1min 5min 15min 30min 1hour 2hour 4hour 6hour
 * 12hour 1day 1week}), {@code startAt}/{@code endAt} in seconds (inclusive; 0 or absent: unbounded); rows are strings
 * {@code [time (s), open, close, high, low, volume, turnover]} (close before high and low), newest first, at most
 * 1,500 (the newest of the range); the forming candle is there when its start lies in the range (no flag). Envelope
 * {@code {"code":"200000","data":...}}.
 *
 * <p>Limit: the Public resource pool, 2,000 weight per 30 s for VIP0 (symbols 4, allTickers 15, candles 3), the 30 s
 * counted from the first request of a window. Every answer carries {@code gw-ratelimit-limit},
 * {@code gw-ratelimit-remaining} and {@code gw-ratelimit-reset} (ms to the next window). Past it: HTTP 429 with
 * {@code {"code":"429000",...}}.
 */
final class KucoinVenue extends SpotVenue {

    static final int POOL = 2000;
    static final long WINDOW_MS = 30_000;
    static final int MAX_ROWS = 1500;
    private static final Map<String, Integer> WEIGHTS = Map.of("symbols", 4, "allTickers", 15, "candles", 3);
    private static final Map<String, Timeframe> TYPES = Map.ofEntries(
            Map.entry("1min", Timeframe.M1),
            Map.entry("5min", Timeframe.M5),
            Map.entry("15min", Timeframe.M15),
            Map.entry("30min", Timeframe.M30),
            Map.entry("1hour", Timeframe.H1),
            Map.entry("2hour", Timeframe.H2),
            Map.entry("4hour", Timeframe.H4),
            Map.entry("6hour", Timeframe.H6),
            Map.entry("12hour", Timeframe.H12),
            Map.entry("1day", Timeframe.D1),
            Map.entry("1week", Timeframe.W1));

    private final SimulatedLimit pool;

    KucoinVenue(SimulatedMarket market) {
        super(market, l -> l.base() + "-" + l.quote(), KucoinVenue::row);
        this.pool = new SimulatedLimit(clock, POOL, WINDOW_MS, SimulatedLimit.Mode.FROM_FIRST_REQUEST);
    }

    private static String row(long openMs, double o, double h, double l, double c, double v, boolean forming) {
        return "[\"" + openMs / 1000 + "\",\"" + plain(o) + "\",\"" + plain(c) + "\",\"" + plain(h) + "\",\"" + plain(l)
                + "\",\"" + plain(v) + "\",\"" + plain(v * (h + l + c) / 3) + "\"]";
    }

    @Override
    public Reply answer(HttpServerRequest request) {
        String endpoint = switch (request.path()) {
            case "/api/v2/symbols" -> "symbols";
            case "/api/v1/market/allTickers" -> "allTickers";
            case "/api/v1/market/candles" -> "candles";
            default -> "other";
        };
        String label = endpoint.equals("candles") ? "candles " + request.getParam("type") : endpoint;
        SimulatedLimit.Decision d = pool.take(WEIGHTS.getOrDefault(endpoint, 1));
        Reply reply;
        if (d.refused()) {
            reply = Reply.limited(
                    label,
                    429,
                    "{\"code\":\"429000\",\"msg\":\"Too many requests in a short period of time, please retry later.\"}");
        } else {
            try {
                reply = switch (endpoint) {
                    case "symbols" -> Reply.ok(label, cached("symbols", this::symbols));
                    case "allTickers" -> Reply.ok(label, cached("allTickers", this::tickers));
                    case "candles" -> candles(label, request);
                    default -> Reply.of(label, 404, "{\"code\":\"404000\",\"msg\":\"Url Not Found\"}");
                };
            } catch (BadParameter e) {
                reply = Reply.of(label, 400, "{\"code\":\"400100\",\"msg\":\"" + e.getMessage() + " invalid\"}");
            }
        }
        return reply.withHeader("gw-ratelimit-limit", POOL)
                .withHeader("gw-ratelimit-remaining", Math.max(0, POOL - d.usedWeight()))
                .withHeader("gw-ratelimit-reset", Math.max(0, d.msToReset()));
    }

    private Reply candles(String label, HttpServerRequest request) {
        Optional<SimulatedMarket.Listing> listing = listing(request.getParam("symbol"));
        if (listing.isEmpty()) {
            return Reply.of(label, 400, "{\"msg\":\"Unsupported trading pair.\",\"code\":\"400100\"}");
        }
        Timeframe tf = TYPES.get(String.valueOf(request.getParam("type")));
        if (tf == null) {
            throw new BadParameter("type");
        }
        long startAt = longParam(request, "startAt", 0);
        long endAt = longParam(request, "endAt", 0);
        List<byte[]> list = rows.rows(
                listing.get().source(),
                tf,
                0,
                startAt <= 0 ? Long.MIN_VALUE : startAt * 1000,
                endAt <= 0 ? Long.MAX_VALUE : endAt * 1000,
                MAX_ROWS,
                Integer.MAX_VALUE,
                true,
                true);
        return Reply.ok(label, CandleRows.join("{\"code\":\"200000\",\"data\":[", list, "]}"));
    }

    private String symbols() {
        StringBuilder json = new StringBuilder("{\"code\":\"200000\",\"data\":[");
        for (SimulatedMarket.Listing l : market.listings()) {
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                    .append("{\"symbol\":")
                    .append(q(name(l)))
                    .append(",\"name\":")
                    .append(q(name(l)))
                    .append(",\"baseCurrency\":")
                    .append(q(l.base()))
                    .append(",\"quoteCurrency\":")
                    .append(q(l.quote()))
                    .append(",\"feeCurrency\":")
                    .append(q(l.quote()))
                    .append(",\"market\":\"USDS\",\"baseMinSize\":\"0.0001\",\"quoteMinSize\":\"0.1\",")
                    .append("\"baseMaxSize\":\"10000000000\",\"quoteMaxSize\":\"99999999\",\"baseIncrement\":")
                    .append("\"0.0001\",\"quoteIncrement\":\"0.000001\",\"priceIncrement\":\"0.0001\",")
                    .append("\"priceLimitRate\":\"0.1\",\"minFunds\":\"0.1\",\"isMarginEnabled\":false,")
                    .append("\"enableTrading\":")
                    .append(l.trading())
                    .append(",\"feeCategory\":1,\"makerFeeCoefficient\":\"1.00\",\"takerFeeCoefficient\":\"1.00\",")
                    .append("\"st\":false}");
        }
        return json.append("]}").toString();
    }

    private String tickers() {
        StringBuilder json = new StringBuilder("{\"code\":\"200000\",\"data\":{\"time\":")
                .append(clock.millis())
                .append(",\"ticker\":[");
        market.tickers().forEach((l, ticker) -> {
            TickerNumbers t = TickerNumbers.of(ticker);
            String last = q(plain(t.last()));
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                    .append("{\"symbol\":")
                    .append(q(name(l)))
                    .append(",\"symbolName\":")
                    .append(q(name(l)))
                    .append(",\"buy\":")
                    .append(last)
                    .append(",\"bestBidSize\":\"1\",\"sell\":")
                    .append(last)
                    .append(",\"bestAskSize\":\"1\",\"changeRate\":")
                    .append(q(plain(Math.round(t.change() * 10_000) / 10_000.0)))
                    .append(",\"changePrice\":")
                    .append(q(plain(t.last() - t.open())))
                    .append(",\"high\":")
                    .append(q(plain(t.high())))
                    .append(",\"low\":")
                    .append(q(plain(t.low())))
                    .append(",\"vol\":")
                    .append(q(plain(t.baseVolume())))
                    .append(",\"volValue\":")
                    .append(q(plain(t.quoteVolume())))
                    .append(",\"last\":")
                    .append(last)
                    .append(",\"averagePrice\":")
                    .append(last)
                    .append(",\"takerFeeRate\":\"0.001\",\"makerFeeRate\":\"0.001\",\"takerCoefficient\":\"1\",")
                    .append("\"makerCoefficient\":\"1\"}");
        });
        return json.append("]}}").toString();
    }

    @Override
    protected void resetLimits() {
        pool.reset();
    }

    @Override
    public Map<String, Integer> peakUse() {
        return Map.of("Public pool weight per 30 s", pool.peak());
    }
}

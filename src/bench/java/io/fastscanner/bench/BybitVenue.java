package io.fastscanner.bench;

import static io.fastscanner.bench.CandleRows.plain;

import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bybit v5 spot (https://bybit-exchange.github.io/docs/v5/): {@code /v5/market/instruments-info}, {@code tickers} and
 * {@code kline}, each with {@code category=spot}. Klines: {@code symbol}, {@code interval} ({@code 1 5 15 30 60 120 240
 * 360 720 D W}), {@code start}/{@code end} in ms (both inclusive), {@code limit} (default 200, at most 1000); rows are
 * strings {@code [start ms, open, high, low, close, volume, turnover]}, newest first, the newest {@code limit} of the
 * range; the forming candle is there when its start lies in the range (no flag). Envelope {@code retCode},
 * {@code retMsg}, {@code result}, {@code retExtInfo}, {@code time}; errors come with HTTP 200.
 *
 * <p>Limit: 600 requests in any 5-second window per IP (a sliding window). Past it Bybit answers HTTP 403 and bans the IP for at least ten
 * minutes; the simulator answers {@code retCode 10006 "Too many visits!"} (its documented over-limit answer, with the
 * {@code X-Bapi-Limit*} headers) instead, so that a run can go on and count it.
 */
final class BybitVenue extends SpotVenue {

    static final int LIMIT = 600;
    static final long WINDOW_MS = 5_000;
    static final int MAX_ROWS = 1000;
    private static final Map<String, Timeframe> INTERVALS = Map.ofEntries(
            Map.entry("1", Timeframe.M1),
            Map.entry("5", Timeframe.M5),
            Map.entry("15", Timeframe.M15),
            Map.entry("30", Timeframe.M30),
            Map.entry("60", Timeframe.H1),
            Map.entry("120", Timeframe.H2),
            Map.entry("240", Timeframe.H4),
            Map.entry("360", Timeframe.H6),
            Map.entry("720", Timeframe.H12),
            Map.entry("D", Timeframe.D1),
            Map.entry("W", Timeframe.W1));

    private final SimulatedLimit limit;

    BybitVenue(SimulatedMarket market) {
        super(market, l -> l.base() + l.quote(), BybitVenue::row);
        this.limit = new SimulatedLimit(clock, LIMIT, WINDOW_MS, SimulatedLimit.Mode.SLIDING);
    }

    private static String row(long openMs, double o, double h, double l, double c, double v, boolean forming) {
        return "[\"" + openMs + "\",\"" + plain(o) + "\",\"" + plain(h) + "\",\"" + plain(l) + "\",\"" + plain(c)
                + "\",\"" + plain(v) + "\",\"" + plain(v * (h + l + c) / 3) + "\"]";
    }

    @Override
    public Reply answer(HttpServerRequest request) {
        String path = request.path();
        String endpoint = switch (path) {
            case "/v5/market/instruments-info" -> "instruments-info";
            case "/v5/market/tickers" -> "tickers";
            case "/v5/market/kline" -> "kline " + request.getParam("interval");
            default -> "other";
        };
        SimulatedLimit.Decision d = limit.take(1);
        if (d.refused()) {
            return Reply.limited(endpoint, 200, envelope(10006, "Too many visits!", "{}"))
                    .withHeader("X-Bapi-Limit", LIMIT)
                    .withHeader("X-Bapi-Limit-Status", 0)
                    .withHeader("X-Bapi-Limit-Reset-Timestamp", clock.millis() + d.msToReset());
        }
        if ("other".equals(endpoint)) {
            return Reply.of(endpoint, 404, "{\"retCode\":10001,\"retMsg\":\"path not found\"}");
        }
        if (!"spot".equals(request.getParam("category"))) {
            return Reply.of(endpoint, 200, envelope(10001, "params error: category (only spot is simulated)", "{}"));
        }
        try {
            return switch (path) {
                case "/v5/market/instruments-info" -> Reply.ok(endpoint, cached("instruments", this::instruments));
                case "/v5/market/tickers" -> Reply.ok(endpoint, cached("tickers", this::tickers));
                default -> kline(endpoint, request);
            };
        } catch (BadParameter e) {
            return Reply.of(endpoint, 200, envelope(10001, "params error: " + e.getMessage(), "{}"));
        }
    }

    private Reply kline(String endpoint, HttpServerRequest request) {
        Optional<SimulatedMarket.Listing> listing = listing(request.getParam("symbol"));
        Timeframe tf = INTERVALS.get(request.getParam("interval"));
        if (listing.isEmpty()) {
            return Reply.of(endpoint, 200, envelope(10001, "Not supported symbols", "{}"));
        }
        if (tf == null) {
            return Reply.of(endpoint, 200, envelope(10001, "Invalid period!", "{}"));
        }
        long start = longParam(request, "start", Long.MIN_VALUE);
        long end = longParam(request, "end", Long.MAX_VALUE);
        int max = (int) Math.max(1, Math.min(MAX_ROWS, longParam(request, "limit", 200)));
        List<byte[]> list = rows.rows(listing.get().source(), tf, 0, start, end, max, Integer.MAX_VALUE, true, true);
        String prefix = "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"symbol\":" + q(name(listing.get()))
                + ",\"category\":\"spot\",\"list\":[";
        return Reply.ok(
                endpoint, CandleRows.join(prefix, list, "]},\"retExtInfo\":{},\"time\":" + clock.millis() + "}"));
    }

    private String envelope(int code, String message, String result) {
        return "{\"retCode\":" + code + ",\"retMsg\":" + q(message) + ",\"result\":" + result
                + ",\"retExtInfo\":{},\"time\":" + clock.millis() + "}";
    }

    private String instruments() {
        StringBuilder json = new StringBuilder("{\"category\":\"spot\",\"list\":[");
        for (SimulatedMarket.Listing l : market.listings()) {
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                    .append("{\"symbol\":")
                    .append(q(name(l)))
                    .append(",\"baseCoin\":")
                    .append(q(l.base()))
                    .append(",\"quoteCoin\":")
                    .append(q(l.quote()))
                    .append(",\"innovation\":\"0\",\"status\":")
                    .append(q(l.trading() ? "Trading" : "Closed"))
                    .append(",\"marginTrading\":\"none\",\"stTag\":\"0\",\"lotSizeFilter\":{\"basePrecision\":")
                    .append("\"0.0001\",\"quotePrecision\":\"0.00000001\",\"minOrderQty\":\"0.0001\",")
                    .append("\"maxOrderQty\":\"100000\",\"minOrderAmt\":\"1\",\"maxOrderAmt\":\"2000000\"},")
                    .append("\"priceFilter\":{\"tickSize\":\"0.0001\"},\"riskParameters\":")
                    .append("{\"priceLimitRatioX\":\"0.05\",\"priceLimitRatioY\":\"0.1\"}}");
        }
        return envelope(0, "OK", json.append("],\"nextPageCursor\":\"\"}").toString());
    }

    private String tickers() {
        StringBuilder json = new StringBuilder("{\"category\":\"spot\",\"list\":[");
        market.tickers()
                .forEach((l, t) -> json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                        .append(ticker(name(l), t)));
        return envelope(0, "OK", json.append("]}").toString());
    }

    private static String ticker(String symbol, Ticker24h ticker) {
        TickerNumbers t = TickerNumbers.of(ticker);
        String price = plain(t.last());
        return "{\"symbol\":" + q(symbol) + ",\"bid1Price\":" + q(price) + ",\"bid1Size\":\"1\",\"ask1Price\":"
                + q(price) + ",\"ask1Size\":\"1\",\"lastPrice\":" + q(price) + ",\"prevPrice24h\":"
                + q(plain(t.open())) + ",\"price24hPcnt\":" + q(plain(t.change())) + ",\"highPrice24h\":"
                + q(plain(t.high())) + ",\"lowPrice24h\":" + q(plain(t.low())) + ",\"turnover24h\":"
                + q(plain(t.quoteVolume())) + ",\"volume24h\":" + q(plain(t.baseVolume())) + ",\"usdIndexPrice\":"
                + q(price) + "}";
    }

    @Override
    protected void resetLimits() {
        limit.reset();
    }

    @Override
    public Map<String, Integer> peakUse() {
        return Map.of("requests in any 5 s (IP)", limit.peak());
    }
}

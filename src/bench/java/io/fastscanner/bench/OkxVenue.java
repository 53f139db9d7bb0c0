package io.fastscanner.bench;

import static io.fastscanner.bench.CandleRows.plain;

import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.HttpServerRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OKX v5 spot (https://www.okx.com/docs-v5/en/): {@code /api/v5/public/instruments?instType=SPOT},
 * {@code /api/v5/market/tickers?instType=SPOT}, {@code /api/v5/market/candles} (the latest 1,440 rows, at most 300 a
 * request, default 100) and {@code /api/v5/market/history-candles} (older ones too, at most 100 a request). Candles:
 * {@code instId}, {@code bar} ({@code 1m 5m 15m 30m 1H 2H 4H}, and {@code 6H 12H 1D 1W} in Hong Kong time, i.e. opening
 * 8 hours before UTC's, unless asked as {@code 6Hutc 12Hutc 1Dutc 1Wutc}), {@code after} (rows older than it) and
 * {@code before} (rows newer than it), both exclusive, in ms; rows are strings {@code [ts, o, h, l, c, vol, volCcy,
 * volCcyQuote, confirm]}, newest first, the newest {@code limit} of the range; the forming candle has
 * {@code confirm "0"}. Envelope {@code {"code":"0","msg":"","data":[...]}}.
 *
 * <p>Limits per endpoint and IP, in requests per 2 seconds: candles 40, history-candles 20, tickers 20, instruments
 * 20. Past one: HTTP 429 with {@code {"code":"50011","msg":"Request too frequent","data":[]}}.
 */
final class OkxVenue extends SpotVenue {

    static final long WINDOW_MS = 2_000;
    static final long HONG_KONG_MS = 8 * 3_600_000L;
    private static final Map<String, Integer> LIMITS =
            Map.of("candles", 40, "history-candles", 20, "tickers", 20, "instruments", 20, "other", 20);
    private static final Map<String, Timeframe> BARS = Map.ofEntries(
            Map.entry("1m", Timeframe.M1),
            Map.entry("5m", Timeframe.M5),
            Map.entry("15m", Timeframe.M15),
            Map.entry("30m", Timeframe.M30),
            Map.entry("1H", Timeframe.H1),
            Map.entry("2H", Timeframe.H2),
            Map.entry("4H", Timeframe.H4),
            Map.entry("6H", Timeframe.H6),
            Map.entry("12H", Timeframe.H12),
            Map.entry("1D", Timeframe.D1),
            Map.entry("1W", Timeframe.W1),
            Map.entry("6Hutc", Timeframe.H6),
            Map.entry("12Hutc", Timeframe.H12),
            Map.entry("1Dutc", Timeframe.D1),
            Map.entry("1Wutc", Timeframe.W1));

    private final Map<String, SimulatedLimit> limits = new LinkedHashMap<>();

    OkxVenue(SimulatedMarket market) {
        super(market, l -> l.base() + "-" + l.quote(), OkxVenue::row);
        LIMITS.forEach((endpoint, limit) -> limits.put(endpoint, SimulatedLimit.aligned(clock, limit, WINDOW_MS)));
    }

    private static String row(long openMs, double o, double h, double l, double c, double v, boolean forming) {
        String quote = plain(v * (h + l + c) / 3);
        return "[\"" + openMs + "\",\"" + plain(o) + "\",\"" + plain(h) + "\",\"" + plain(l) + "\",\"" + plain(c)
                + "\",\"" + plain(v) + "\",\"" + quote + "\",\"" + quote + "\",\"" + (forming ? "0" : "1") + "\"]";
    }

    @Override
    public Reply answer(HttpServerRequest request) {
        String endpoint = switch (request.path()) {
            case "/api/v5/public/instruments" -> "instruments";
            case "/api/v5/market/tickers" -> "tickers";
            case "/api/v5/market/candles" -> "candles";
            case "/api/v5/market/history-candles" -> "history-candles";
            default -> "other";
        };
        String label = endpoint.endsWith("candles") ? endpoint + " " + request.getParam("bar") : endpoint;
        if (limits.get(endpoint).take(1).refused()) {
            return Reply.limited(label, 429, "{\"code\":\"50011\",\"msg\":\"Request too frequent\",\"data\":[]}");
        }
        try {
            return switch (endpoint) {
                case "instruments", "tickers" -> {
                    if (!"SPOT".equals(request.getParam("instType"))) {
                        throw new BadParameter("instType");
                    }
                    yield Reply.ok(
                            label, cached(endpoint, endpoint.equals("tickers") ? this::tickers : this::instruments));
                }
                case "candles" -> candles(label, request, 300, 1440);
                case "history-candles" -> candles(label, request, 100, Integer.MAX_VALUE);
                default -> Reply.of(label, 404, error("50000", "path not found"));
            };
        } catch (BadParameter e) {
            return Reply.of(label, 400, error("51000", "Parameter " + e.getMessage() + " error"));
        }
    }

    private Reply candles(String label, HttpServerRequest request, int maxRows, int reachable) {
        Optional<SimulatedMarket.Listing> listing = listing(request.getParam("instId"));
        if (listing.isEmpty()) {
            return Reply.of(label, 200, error("51001", "Instrument ID does not exist"));
        }
        String bar = request.getParam("bar") == null ? "1m" : request.getParam("bar");
        Timeframe tf = BARS.get(bar);
        if (tf == null) {
            throw new BadParameter("bar");
        }
        long shift = tf.millis() >= Timeframe.H6.millis() && !bar.endsWith("utc") ? HONG_KONG_MS : 0;
        long after = longParam(request, "after", Long.MAX_VALUE);
        long before = longParam(request, "before", Long.MIN_VALUE);
        int limit = (int) Math.max(1, Math.min(maxRows, longParam(request, "limit", 100)));
        List<byte[]> list = rows.rows(
                listing.get().source(),
                tf,
                shift,
                before == Long.MIN_VALUE ? before : before + 1,
                after == Long.MAX_VALUE ? after : after - 1,
                limit,
                reachable,
                true,
                true);
        return Reply.ok(label, CandleRows.join("{\"code\":\"0\",\"msg\":\"\",\"data\":[", list, "]}"));
    }

    private static String error(String code, String message) {
        return "{\"code\":" + q(code) + ",\"msg\":" + q(message) + ",\"data\":[]}";
    }

    private String instruments() {
        StringBuilder json = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
        for (SimulatedMarket.Listing l : market.listings()) {
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                    .append("{\"instType\":\"SPOT\",\"instId\":")
                    .append(q(name(l)))
                    .append(",\"uly\":\"\",\"instFamily\":\"\",\"category\":\"1\",\"baseCcy\":")
                    .append(q(l.base()))
                    .append(",\"quoteCcy\":")
                    .append(q(l.quote()))
                    .append(",\"settleCcy\":\"\",\"ctVal\":\"\",\"ctMult\":\"\",\"ctValCcy\":\"\",\"optType\":\"\",")
                    .append("\"stk\":\"\",\"listTime\":\"1606468572000\",\"expTime\":\"\",\"lever\":\"10\",")
                    .append("\"tickSz\":\"0.0001\",\"lotSz\":\"0.00000001\",\"minSz\":\"0.0001\",\"ctType\":\"\",")
                    .append("\"alias\":\"\",\"state\":")
                    .append(q(l.trading() ? "live" : "suspend"))
                    .append(",\"maxLmtSz\":\"10000000\",\"maxMktSz\":\"1000000\",\"ruleType\":\"normal\"}");
        }
        return json.append("]}").toString();
    }

    private String tickers() {
        long now = clock.millis();
        StringBuilder json = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
        market.tickers().forEach((l, ticker) -> {
            TickerNumbers t = TickerNumbers.of(ticker);
            String last = plain(t.last());
            json.append(json.charAt(json.length() - 1) == '[' ? "" : ",")
                    .append("{\"instType\":\"SPOT\",\"instId\":")
                    .append(q(name(l)))
                    .append(",\"last\":")
                    .append(q(last))
                    .append(",\"lastSz\":\"1\",\"askPx\":")
                    .append(q(last))
                    .append(",\"askSz\":\"1\",\"bidPx\":")
                    .append(q(last))
                    .append(",\"bidSz\":\"1\",\"open24h\":")
                    .append(q(plain(t.open())))
                    .append(",\"high24h\":")
                    .append(q(plain(t.high())))
                    .append(",\"low24h\":")
                    .append(q(plain(t.low())))
                    .append(",\"volCcy24h\":")
                    .append(q(plain(t.quoteVolume())))
                    .append(",\"vol24h\":")
                    .append(q(plain(t.baseVolume())))
                    .append(",\"ts\":")
                    .append(q(now))
                    .append(",\"sodUtc0\":")
                    .append(q(plain(t.open())))
                    .append(",\"sodUtc8\":")
                    .append(q(plain(t.open())))
                    .append('}');
        });
        return json.append("]}").toString();
    }

    @Override
    protected void resetLimits() {
        limits.values().forEach(SimulatedLimit::reset);
    }

    @Override
    public Map<String, Integer> peakUse() {
        Map<String, Integer> peaks = new LinkedHashMap<>();
        limits.forEach((endpoint, limit) -> peaks.put(endpoint + " per 2 s", limit.peak()));
        return peaks;
    }
}

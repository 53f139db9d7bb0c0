package io.fastscanner.bench;

import static io.fastscanner.bench.CandleRows.plain;

import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.HttpServerRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Kraken spot (https://docs.kraken.com/api/): {@code /0/public/AssetPairs}, {@code /0/public/Ticker} (every pair when
 * {@code pair} is left out) and {@code /0/public/OHLC}: {@code pair}, {@code interval} in minutes ({@code 1 5 15 30 60
 * 240 1440 10080}), {@code since} in seconds (rows after it); rows {@code [time (s, number), open, high, low, close,
 * vwap, volume, count (number)]}, oldest first, only the 720 newest exist, and the last row is always the forming
 * candle whatever {@code since} asks; {@code result.last} is the newest closed row's time. Pairs: {@code SYN0001USD},
 * quote {@code ZUSD} for fiat quotes, {@code wsname} {@code SYN0001/USD}; answers are keyed by the pair name. Errors
 * come in the {@code error} array, with HTTP 200.
 *
 * <p>Limit (support.kraken.com, "What are the API rate limits?"): calling the public endpoints once a second or less
 * stays within it; OHLC and Trades are limited per IP and pair, the others per IP. Simulated as one request per key
 * and 1-second window; past it: HTTP 200 with {@code {"error":["EGeneral:Too many requests"]}}.
 */
final class KrakenVenue extends SpotVenue {

    static final int MAX_ROWS = 720;
    private static final Set<String> FIAT = Set.of("USD", "EUR", "GBP", "CAD", "JPY", "CHF", "AUD");
    private static final Map<String, Timeframe> INTERVALS = Map.of(
            "1", Timeframe.M1,
            "5", Timeframe.M5,
            "15", Timeframe.M15,
            "30", Timeframe.M30,
            "60", Timeframe.H1,
            "240", Timeframe.H4,
            "1440", Timeframe.D1,
            "10080", Timeframe.W1);

    private final Map<String, SimulatedLimit> limits = new ConcurrentHashMap<>();
    private volatile int peak;

    KrakenVenue(SimulatedMarket market) {
        super(market, l -> l.base() + l.quote(), KrakenVenue::row);
    }

    private static String row(long openMs, double o, double h, double l, double c, double v, boolean forming) {
        return "[" + openMs / 1000 + ",\"" + plain(o) + "\",\"" + plain(h) + "\",\"" + plain(l) + "\",\"" + plain(c)
                + "\",\"" + plain((h + l + c) / 3) + "\",\"" + plain(v) + "\"," + (forming ? 0 : 1000) + "]";
    }

    static String assetCode(String asset) {
        return FIAT.contains(asset) ? "Z" + asset : asset;
    }

    @Override
    public Reply answer(HttpServerRequest request) {
        String path = request.path();
        String pair = request.getParam("pair");
        String endpoint = switch (path) {
            case "/0/public/AssetPairs" -> "AssetPairs";
            case "/0/public/Ticker" -> "Ticker";
            case "/0/public/OHLC" -> "OHLC " + request.getParam("interval");
            default -> "other";
        };
        String key = path.equals("/0/public/OHLC") ? "ohlc:" + pair : "ip";
        SimulatedLimit limit = limits.computeIfAbsent(key, k -> SimulatedLimit.aligned(clock, 1, 1_000));
        if (limit.take(1).refused()) {
            return Reply.limited(endpoint, 200, error("EGeneral:Too many requests"));
        }
        peak = Math.max(peak, limit.peak());
        try {
            return switch (path) {
                case "/0/public/AssetPairs" -> Reply.ok(endpoint, body(pair, "pairs", this::assetPair));
                case "/0/public/Ticker" -> Reply.ok(endpoint, body(pair, "tickers", this::ticker));
                case "/0/public/OHLC" -> ohlc(endpoint, pair, request);
                default -> Reply.of(endpoint, 404, error("EGeneral:Unknown method"));
            };
        } catch (BadParameter e) {
            return Reply.of(endpoint, 200, error("EGeneral:Invalid arguments:" + e.getMessage()));
        }
    }

    private Reply ohlc(String endpoint, String pair, HttpServerRequest request) {
        Optional<SimulatedMarket.Listing> listing = listing(pair);
        if (listing.isEmpty()) {
            return Reply.of(endpoint, 200, error("EQuery:Unknown asset pair"));
        }
        String interval = request.getParam("interval") == null ? "1" : request.getParam("interval");
        Timeframe tf = INTERVALS.get(interval);
        if (tf == null) {
            throw new BadParameter("interval");
        }
        long since = longParam(request, "since", Long.MIN_VALUE / 2000);
        List<byte[]> list = rows.rows(
                listing.get().source(), tf, 0, since * 1000 + 1, Long.MAX_VALUE, MAX_ROWS, MAX_ROWS, false, false);
        long formingOpen = rows.formingOpen(tf, 0);
        byte[] forming = rows.rows(listing.get().source(), tf, 0, formingOpen, formingOpen, 1, MAX_ROWS, true, false)
                .get(0);
        List<byte[]> all = new java.util.ArrayList<>(list);
        all.add(forming);
        String name = name(listing.get());
        return Reply.ok(
                endpoint,
                CandleRows.join(
                        "{\"error\":[],\"result\":{\"" + name + "\":[",
                        all,
                        "],\"last\":" + (formingOpen - tf.millis()) / 1000 + "}}"));
    }

    /** The whole answer when {@code pairs} is left out (built once per reset), else the pairs asked for. */
    private byte[] body(
            String pairs, String cacheKey, java.util.function.Function<SimulatedMarket.Listing, String> entry) {
        if (pairs == null || pairs.isBlank()) {
            return cached(cacheKey, () -> result(market.listings(), entry));
        }
        List<SimulatedMarket.Listing> asked = Arrays.stream(pairs.split(","))
                .map(p -> listing(p.trim()).orElseThrow(() -> new BadParameter("unknown pair " + p)))
                .toList();
        return result(asked, entry).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String result(
            List<SimulatedMarket.Listing> listings,
            java.util.function.Function<SimulatedMarket.Listing, String> entry) {
        return listings.stream()
                .map(l -> q(name(l)) + ":" + entry.apply(l))
                .collect(Collectors.joining(",", "{\"error\":[],\"result\":{", "}}"));
    }

    private String assetPair(SimulatedMarket.Listing l) {
        String quote = assetCode(l.quote());
        return "{\"altname\":" + q(name(l)) + ",\"wsname\":" + q(l.base() + "/" + l.quote())
                + ",\"aclass_base\":\"currency\",\"base\":" + q(assetCode(l.base()))
                + ",\"aclass_quote\":\"currency\",\"quote\":" + q(quote)
                + ",\"lot\":\"unit\",\"cost_decimals\":5,\"pair_decimals\":4,\"lot_decimals\":8,\"lot_multiplier\":1,"
                + "\"leverage_buy\":[],\"leverage_sell\":[],\"fees\":[[0,0.4],[10000,0.35]],"
                + "\"fees_maker\":[[0,0.25],[10000,0.2]],\"fee_volume_currency\":\"ZUSD\",\"margin_call\":80,"
                + "\"margin_stop\":40,\"ordermin\":\"1\",\"costmin\":\"0.5\",\"tick_size\":\"0.0001\",\"status\":"
                + q(l.trading() ? "online" : "cancel_only") + "}";
    }

    private String ticker(SimulatedMarket.Listing l) {
        TickerNumbers t = TickerNumbers.of(market.tickers().get(l));
        String last = q(plain(t.last()));
        String volume = q(plain(t.baseVolume()));
        return "{\"a\":[" + last + ",\"1\",\"1.000\"],\"b\":[" + last + ",\"1\",\"1.000\"],\"c\":[" + last
                + ",\"1.00000000\"],\"v\":[" + volume + "," + volume + "],\"p\":[" + last + "," + last
                + "],\"t\":[1000,1000],\"l\":[" + q(plain(t.low())) + "," + q(plain(t.low())) + "],\"h\":["
                + q(plain(t.high())) + "," + q(plain(t.high())) + "],\"o\":" + q(plain(t.open())) + "}";
    }

    private static String error(String message) {
        return "{\"error\":[" + q(message) + "]}";
    }

    @Override
    protected void resetLimits() {
        limits.clear();
        peak = 0;
    }

    @Override
    public Map<String, Integer> peakUse() {
        return Map.of("requests per second (one key: IP, or IP and pair for OHLC)", peak);
    }
}

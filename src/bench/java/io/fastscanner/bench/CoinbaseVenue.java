package io.fastscanner.bench;

import static io.fastscanner.bench.CandleRows.plain;

import io.fastscanner.marketdata.Timeframe;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coinbase Advanced Trade's public market data (https://docs.cdp.coinbase.com/advanced-trade/): {@code GET
 * /api/v3/brokerage/market/products} (every product with its price, 24 h change in percent and 24 h volume: the
 * instruments list and the tickers in one; {@code limit}/{@code offset} paging, {@code product_type}) and {@code GET
 * .../market/products/{product_id}/candles}: {@code start} and {@code end} in seconds (both required, inclusive),
 * {@code granularity} ({@code ONE_MINUTE FIVE_MINUTE FIFTEEN_MINUTE THIRTY_MINUTE ONE_HOUR TWO_HOUR SIX_HOUR ONE_DAY}),
 * {@code limit} (default and most 350); a range of more than 350 intervals is refused ({@code 400
 * INVALID_ARGUMENT}). Candles are objects of strings {@code start, low, high, open, close, volume}, newest first; the
 * forming one is there when its start lies in the range (no flag).
 *
 * <p>Limit: 10 requests per second per IP (public endpoints). Past it: HTTP 429, {@code rate_limit_exceeded}.
 */
final class CoinbaseVenue extends SpotVenue {

    static final int LIMIT = 10;
    static final long WINDOW_MS = 1_000;
    static final int MAX_ROWS = 350;
    private static final String PRODUCTS = "/api/v3/brokerage/market/products";
    private static final Map<String, Timeframe> GRANULARITIES = Map.of(
            "ONE_MINUTE", Timeframe.M1,
            "FIVE_MINUTE", Timeframe.M5,
            "FIFTEEN_MINUTE", Timeframe.M15,
            "THIRTY_MINUTE", Timeframe.M30,
            "ONE_HOUR", Timeframe.H1,
            "TWO_HOUR", Timeframe.H2,
            "SIX_HOUR", Timeframe.H6,
            "ONE_DAY", Timeframe.D1);

    private final SimulatedLimit limit;

    CoinbaseVenue(SimulatedMarket market) {
        super(market, l -> l.base() + "-" + l.quote(), CoinbaseVenue::row);
        this.limit = SimulatedLimit.aligned(clock, LIMIT, WINDOW_MS);
    }

    private static String row(long openMs, double o, double h, double l, double c, double v, boolean forming) {
        return "{\"start\":\"" + openMs / 1000 + "\",\"low\":\"" + plain(l) + "\",\"high\":\"" + plain(h)
                + "\",\"open\":\"" + plain(o) + "\",\"close\":\"" + plain(c) + "\",\"volume\":\"" + plain(v) + "\"}";
    }

    @Override
    public Reply answer(HttpServerRequest request) {
        String path = request.path();
        boolean candles = path.startsWith(PRODUCTS + "/") && path.endsWith("/candles");
        String endpoint =
                path.equals(PRODUCTS) ? "products" : candles ? "candles " + request.getParam("granularity") : "other";
        if (limit.take(1).refused()) {
            return Reply.limited(endpoint, 429, error("rate_limit_exceeded", "Too many requests"));
        }
        try {
            if (path.equals(PRODUCTS)) {
                return Reply.ok(endpoint, products(request));
            }
            if (candles) {
                String id = path.substring(PRODUCTS.length() + 1, path.length() - "/candles".length());
                return candles(endpoint, id, request);
            }
            return Reply.of(endpoint, 404, error("NOT_FOUND", "route not found"));
        } catch (BadParameter e) {
            return Reply.of(endpoint, 400, error("INVALID_ARGUMENT", e.getMessage()));
        }
    }

    private Reply candles(String endpoint, String productId, HttpServerRequest request) {
        Optional<SimulatedMarket.Listing> listing = listing(productId);
        if (listing.isEmpty()) {
            return Reply.of(endpoint, 404, error("NOT_FOUND", "ProductID " + productId + " not found"));
        }
        Timeframe tf = GRANULARITIES.get(String.valueOf(request.getParam("granularity")));
        if (tf == null) {
            throw new BadParameter("granularity is invalid");
        }
        long start = longParam(request, "start", Long.MIN_VALUE);
        long end = longParam(request, "end", Long.MIN_VALUE);
        long max = longParam(request, "limit", MAX_ROWS);
        if (start == Long.MIN_VALUE || end == Long.MIN_VALUE || end < start || max < 1 || max > MAX_ROWS) {
            throw new BadParameter("start, end and limit (at most " + MAX_ROWS + ") are required and valid");
        }
        if ((end - start) * 1000 / tf.millis() > MAX_ROWS) {
            throw new BadParameter("start and end argument is invalid - number of candles requested should be less"
                    + " than " + MAX_ROWS);
        }
        List<byte[]> list = rows.rows(
                listing.get().source(), tf, 0, start * 1000, end * 1000, (int) max, Integer.MAX_VALUE, true, true);
        return Reply.ok(endpoint, CandleRows.join("{\"candles\":[", list, "]}"));
    }

    private byte[] products(HttpServerRequest request) {
        String type = request.getParam("product_type");
        if (type != null && !"SPOT".equals(type)) {
            return "{\"products\":[],\"num_products\":0}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        long offset = Math.max(0, longParam(request, "offset", 0));
        long count = Math.max(0, longParam(request, "limit", Integer.MAX_VALUE));
        if (offset == 0 && count >= market.listings().size()) {
            return cached("products", () -> products(0, market.listings().size()));
        }
        return products((int) Math.min(offset, market.listings().size()), (int) Math.min(count, Integer.MAX_VALUE))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private String products(int offset, int count) {
        List<SimulatedMarket.Listing> all = market.listings();
        StringBuilder json = new StringBuilder("{\"products\":[");
        var tickers = market.tickers();
        int end = (int) Math.min(all.size(), (long) offset + count);
        for (int i = offset; i < end; i++) {
            SimulatedMarket.Listing l = all.get(i);
            TickerNumbers t = TickerNumbers.of(tickers.get(l));
            json.append(i == offset ? "" : ",")
                    .append("{\"product_id\":")
                    .append(q(name(l)))
                    .append(",\"price\":")
                    .append(q(plain(t.last())))
                    .append(",\"price_percentage_change_24h\":")
                    .append(q(plain(t.change() * 100)))
                    .append(",\"volume_24h\":")
                    .append(q(plain(t.baseVolume())))
                    .append(",\"volume_percentage_change_24h\":\"0\",\"base_increment\":\"0.00000001\",")
                    .append("\"quote_increment\":\"0.0001\",\"quote_min_size\":\"1\",\"quote_max_size\":\"10000000\",")
                    .append("\"base_min_size\":\"0.00000001\",\"base_max_size\":\"100000000\",\"base_name\":")
                    .append(q(l.base()))
                    .append(",\"quote_name\":")
                    .append(q(l.quote()))
                    .append(",\"watched\":false,\"is_disabled\":false,\"new\":false,\"status\":")
                    .append(q(l.trading() ? "online" : "delisted"))
                    .append(",\"cancel_only\":false,\"limit_only\":false,\"post_only\":false,\"trading_disabled\":")
                    .append(!l.trading())
                    .append(",\"auction_mode\":false,\"product_type\":\"SPOT\",\"quote_currency_id\":")
                    .append(q(l.quote()))
                    .append(",\"base_currency_id\":")
                    .append(q(l.base()))
                    .append(",\"fcm_trading_session_details\":null,\"mid_market_price\":\"\",\"alias\":\"\",")
                    .append("\"alias_to\":[],\"base_display_symbol\":")
                    .append(q(l.base()))
                    .append(",\"quote_display_symbol\":")
                    .append(q(l.quote()))
                    .append(",\"view_only\":false,\"price_increment\":\"0.0001\",\"display_name\":")
                    .append(q(l.base() + "/" + l.quote()))
                    .append(",\"product_venue\":\"CBE\",\"approximate_quote_24h_volume\":")
                    .append(q(plain(t.quoteVolume())))
                    .append('}');
        }
        return json.append("],\"num_products\":").append(all.size()).append('}').toString();
    }

    private static String error(String error, String message) {
        return "{\"error\":" + q(error) + ",\"error_details\":" + q(message) + ",\"message\":" + q(message) + "}";
    }

    @Override
    protected void resetLimits() {
        limit.reset();
    }

    @Override
    public Map<String, Integer> peakUse() {
        return Map.of("requests per second (IP)", limit.peak());
    }
}

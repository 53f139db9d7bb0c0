package io.fastscanner.marketdata.exchanges.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads Advanced Trade's public products list, {@code GET /api/v3/brokerage/market/products?product_type=SPOT}
 * (docs: List Public Products): {@code {"products":[{product_id, base_currency_id, quote_currency_id, status,
 * trading_disabled, is_disabled, product_type, price, price_percentage_change_24h, volume_24h,
 * approximate_quote_24h_volume, alias, ...}], "num_products"}}, every figure a string.
 * <ul>
 * <li>Tradable: {@code status} {@code online}, neither {@code trading_disabled} nor {@code is_disabled}, type
 * {@code SPOT}. Delisted products are listed with another status.</li>
 * <li>Assets: the currency ids ({@code base_currency_id}, {@code quote_currency_id}), not the display symbols. Coinbase
 * books its USDC pairs on the USD book ({@code BTC-USDC} has {@code alias} {@code BTC-USD}); the currency ids keep
 * them apart as {@code BTC/USDC} and {@code BTC/USD}, each requested by its own product id. Coinbase's own asset id
 * {@code CGLD} is Celo, {@code CELO} elsewhere (ccxt's {@code commonCurrencies}).</li>
 * <li>Tickers: {@code price} (last trade), {@code price_percentage_change_24h} (percent, over the last 24 hours, docs:
 * "The amount the price of the product has changed, in percent, in the last 24 hours"; the docs' example writes it
 * {@code "9.43%"}, real answers as a bare number: both are read; 0 when left empty),
 * {@code approximate_quote_24h_volume} (quote currency; when absent, as in answers before the field existed,
 * {@code volume_24h} in the base asset times the price).
 * A product without a price yet (new, no trade) has no ticker. The answer carries no time: the ticker is as of when it
 * was read.</li>
 * </ul>
 */
final class CoinbaseProducts {

    /** Coinbase's asset ids that other exchanges and clients spell differently. */
    static final Map<String, String> ASSET_NAMES = Map.of("CGLD", "CELO");

    private static final String ONLINE = "online";

    private CoinbaseProducts() {}

    static Instruments instruments(JsonNode body) {
        Instruments.Builder builder = Instruments.builder();
        for (JsonNode product : products(body)) {
            if (tradable(product)) {
                symbol(product).ifPresent(symbol -> builder.add(symbol, productId(product)));
            }
        }
        return builder.build();
    }

    static List<Ticker24h> tickers(JsonNode body, Instruments instruments, long nowMs) {
        JsonNode products = products(body);
        List<Ticker24h> tickers = new ArrayList<>(products.size());
        for (JsonNode product : products) {
            Optional<MarketSymbol> symbol = instruments.symbol(productId(product));
            String price = JsonValues.text(product.get("price")).trim();
            if (symbol.isEmpty() || price.isEmpty()) {
                continue;
            }
            double last = JsonValues.decimal(product.get("price"), "price of " + productId(product));
            tickers.add(new Ticker24h(symbol.get(), last, changePercent(product), quoteVolume(product, last), nowMs));
        }
        return tickers;
    }

    private static JsonNode products(JsonNode body) {
        return JsonValues.array(body.path("products"), "products");
    }

    private static boolean tradable(JsonNode product) {
        return ONLINE.equalsIgnoreCase(JsonValues.text(product.get("status")))
                && !product.path("trading_disabled").asBoolean(false)
                && !product.path("is_disabled").asBoolean(false)
                && CoinbaseApi.SPOT.equalsIgnoreCase(JsonValues.text(product.get("product_type")));
    }

    private static String productId(JsonNode product) {
        return JsonValues.text(product.get("product_id"));
    }

    /** The pair of a product; empty when an asset is not one {@link MarketSymbol} accepts. */
    private static Optional<MarketSymbol> symbol(JsonNode product) {
        String base = asset(product.get("base_currency_id"));
        String quote = asset(product.get("quote_currency_id"));
        try {
            return Optional.of(MarketSymbol.of(base, quote));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String asset(JsonNode id) {
        String name = JsonValues.text(id).trim().toUpperCase(Locale.ROOT);
        return ASSET_NAMES.getOrDefault(name, name);
    }

    private static double changePercent(JsonNode product) {
        String text =
                JsonValues.text(product.get("price_percentage_change_24h")).trim();
        if (text.isEmpty()) {
            return 0;
        }
        String number = text.endsWith("%") ? text.substring(0, text.length() - 1) : text;
        return JsonValues.decimal(TextNode.valueOf(number), "price_percentage_change_24h of " + productId(product));
    }

    private static double quoteVolume(JsonNode product, double price) {
        String quote =
                JsonValues.text(product.get("approximate_quote_24h_volume")).trim();
        if (!quote.isEmpty()) {
            return JsonValues.decimal(
                    product.get("approximate_quote_24h_volume"),
                    "approximate_quote_24h_volume of " + productId(product));
        }
        return JsonValues.decimal(product.get("volume_24h"), "volume_24h of " + productId(product)) * price;
    }
}

package io.fastscanner.marketdata.exchanges.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.budget.WindowLimit;
import io.fastscanner.marketdata.exchanges.Instruments;
import io.fastscanner.marketdata.exchanges.SpotApi;
import io.fastscanner.marketdata.exchanges.SpotError;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coinbase's public market data through the Advanced Trade API ({@code https://api.coinbase.com}, paths under
 * {@code /api/v3/brokerage/market/}, no key), not the older Exchange API ({@code api.exchange.coinbase.com}):
 * <ul>
 * <li>Advanced Trade's products list ({@code GET /market/products?product_type=SPOT}, docs: List Public Products)
 * carries each product's status and its 24 h figures (price, change, base and quote volume), so one request gives
 * both the instruments and every ticker; the Exchange API has no all-tickers request (one {@code /ticker} per
 * product). The same request is sent for both: as instruments it is cached for the instruments TTL, as tickers it is
 * sent again for fresh prices.</li>
 * <li>Advanced Trade serves public candles ({@code GET /market/products/{id}/candles}, docs: Get Public Product
 * Candles) with 350 rows per request against the Exchange API's 300, and 30-minute and 2-hour buckets the Exchange
 * API lacks. See {@link CoinbaseCandles}.</li>
 * </ul>
 * Pairs are Coinbase product ids such as {@code BTC-USD}; the default universe is quoted in {@code USD}.
 *
 * <p>Limits: public endpoints are limited per IP to 10 requests per second (ccxt's reading of the Advanced Trade rate
 * limit page, "10 req/s for public data"; the Exchange API documents the same 10 per second per IP, in bursts up to 15,
 * as a lazily refilled token bucket). Every request counts 1 in one limit {@value #LIMIT}; we use 80 % of it,
 * {@value #BUDGET} per second. Coinbase's bucket refills continuously, so it has no window edges to align with: the
 * {@code 100 ms} margin counts a request sent at the end of one of our seconds in the next too. Coinbase sends no usage
 * headers.
 */
public final class CoinbaseApi implements SpotApi {

    /** The name of the one request limit. */
    public static final String LIMIT = "coinbase";

    /** Public requests per second per IP (documented). */
    static final int DOCUMENTED_PER_SECOND = 10;

    /** 80 % of {@link #DOCUMENTED_PER_SECOND}. */
    static final int BUDGET = DOCUMENTED_PER_SECOND * 8 / 10;

    static final Duration WINDOW = Duration.ofSeconds(1);
    static final Duration MARGIN = Duration.ofMillis(100);

    static final String PRODUCTS_PATH = "/api/v3/brokerage/market/products";
    static final String SPOT = "SPOT";

    @Override
    public Exchange exchange() {
        return Exchange.COINBASE;
    }

    @Override
    public String defaultBaseUrl() {
        return "https://api.coinbase.com";
    }

    @Override
    public String defaultQuote() {
        return "USD";
    }

    @Override
    public List<WindowLimit> limits() {
        return List.of(new WindowLimit(LIMIT, BUDGET, WINDOW, MARGIN));
    }

    @Override
    public SpotRequest instrumentsRequest() {
        return products("instruments");
    }

    @Override
    public Instruments readInstruments(JsonNode body) {
        return CoinbaseProducts.instruments(body);
    }

    @Override
    public SpotRequest tickersRequest() {
        return products("tickers");
    }

    @Override
    public List<Ticker24h> readTickers(JsonNode body, Instruments instruments, long nowMs) {
        return CoinbaseProducts.tickers(body, instruments, nowMs);
    }

    @Override
    public Optional<String> interval(Timeframe timeframe) {
        return CoinbaseCandles.granularity(timeframe);
    }

    @Override
    public int maxRowsPerRequest() {
        return CoinbaseCandles.MAX_ROWS;
    }

    @Override
    public SpotRequest candlesRequest(
            String exchangeSymbol, Timeframe timeframe, String interval, long fromOpenMs, long toOpenMs, int rows) {
        return CoinbaseCandles.request(exchangeSymbol, interval, fromOpenMs, toOpenMs, rows);
    }

    @Override
    public List<Candle> readCandles(JsonNode body, Timeframe timeframe) {
        return CoinbaseCandles.read(body);
    }

    @Override
    public Optional<SpotError> error(int status, Map<String, List<String>> headers, JsonNode body) {
        return CoinbaseErrors.read(status, headers, body);
    }

    private static SpotRequest products(String endpoint) {
        return SpotRequest.of(endpoint, LIMIT, 1, PRODUCTS_PATH).with("product_type", SPOT);
    }
}

package io.fastscanner.marketdata.exchanges.kucoin;

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
import java.util.OptionalInt;

/**
 * KuCoin's public spot API ({@code https://api.kucoin.com}, docs https://www.kucoin.com/docs-new):
 * <ul>
 * <li>instruments: {@code GET /api/v2/symbols}, the pairs with {@code enableTrading} ({@link KucoinInstruments});</li>
 * <li>tickers: {@code GET /api/v1/market/allTickers}, every pair in one answer ({@link KucoinTickers});</li>
 * <li>candles: {@code GET /api/v1/market/candles}, at most {@value KucoinCandles#MAX_ROWS} rows, times in seconds,
 * newest first, close before high and low ({@link KucoinCandles});</li>
 * <li>errors: an envelope {@code {"code":"200000","data":...}} whose other codes may come with HTTP 200
 * ({@link KucoinErrors}).</li>
 * </ul>
 * Limit (https://www.kucoin.com/docs-new/rate-limit): public endpoints draw on the resource pool "Public", counted per
 * IP, {@value #PUBLIC_POOL} weight per {@value #WINDOW_SECONDS} s at every VIP level; each endpoint's page names its
 * weight: symbols {@value #SYMBOLS_WEIGHT}, allTickers {@value #ALL_TICKERS_WEIGHT}, candles
 * {@value #CANDLES_WEIGHT}. Our budget is 80 % of the pool ({@value #BUDGET}): the rest is headroom for other clients
 * on the same IP and for KuCoin's window, which starts at the first request of each period, not on the epoch like
 * ours. Each answer's {@code gw-ratelimit-*} headers raise our count to KuCoin's ({@link KucoinRateLimit}). The
 * Cloudflare IP limit of the legacy page (500 requests per 10 s, https://www.kucoin.com/docs/basic-info/request-rate-limit/rest-api)
 * stays out of reach: the budget allows at most 533 candle requests per 30 s.
 */
public final class KucoinApi implements SpotApi {

    static final String LIMIT = "kucoin";
    static final int PUBLIC_POOL = 2000;
    static final int WINDOW_SECONDS = 30;
    static final int BUDGET = PUBLIC_POOL * 8 / 10;
    /** Requests reserved this close to the end of our window are counted in the next one too. */
    static final Duration WINDOW_MARGIN = Duration.ofSeconds(1);

    static final int SYMBOLS_WEIGHT = 4;
    static final int ALL_TICKERS_WEIGHT = 15;
    static final int CANDLES_WEIGHT = 3;

    private static final WindowLimit PUBLIC =
            new WindowLimit(LIMIT, BUDGET, Duration.ofSeconds(WINDOW_SECONDS), WINDOW_MARGIN);

    public KucoinApi() {}

    @Override
    public Exchange exchange() {
        return Exchange.KUCOIN;
    }

    @Override
    public String defaultBaseUrl() {
        return "https://api.kucoin.com";
    }

    @Override
    public String defaultQuote() {
        return "USDT";
    }

    @Override
    public List<WindowLimit> limits() {
        return List.of(PUBLIC);
    }

    @Override
    public SpotRequest instrumentsRequest() {
        return SpotRequest.of("instruments", LIMIT, SYMBOLS_WEIGHT, "/api/v2/symbols");
    }

    @Override
    public Instruments readInstruments(JsonNode body) {
        return KucoinInstruments.read(body);
    }

    @Override
    public SpotRequest tickersRequest() {
        return SpotRequest.of("tickers", LIMIT, ALL_TICKERS_WEIGHT, "/api/v1/market/allTickers");
    }

    @Override
    public List<Ticker24h> readTickers(JsonNode body, Instruments instruments, long nowMs) {
        return KucoinTickers.read(body, instruments, nowMs);
    }

    @Override
    public Optional<String> interval(Timeframe timeframe) {
        return KucoinCandles.interval(timeframe);
    }

    @Override
    public int maxRowsPerRequest() {
        return KucoinCandles.MAX_ROWS;
    }

    @Override
    public SpotRequest candlesRequest(
            String exchangeSymbol, Timeframe timeframe, String interval, long fromOpenMs, long toOpenMs, int rows) {
        return SpotRequest.of("candles", LIMIT, CANDLES_WEIGHT, "/api/v1/market/candles")
                .with("symbol", exchangeSymbol)
                .with("type", interval)
                .with("startAt", KucoinCandles.startAt(fromOpenMs))
                .with("endAt", KucoinCandles.endAt(toOpenMs));
    }

    @Override
    public List<Candle> readCandles(JsonNode body, Timeframe timeframe) {
        return KucoinCandles.read(body);
    }

    @Override
    public Optional<SpotError> error(int status, Map<String, List<String>> headers, JsonNode body) {
        return KucoinErrors.error(status, headers, body);
    }

    @Override
    public OptionalInt usedWeight(WindowLimit limit, Map<String, List<String>> headers) {
        return KucoinRateLimit.usedWeight(headers);
    }
}

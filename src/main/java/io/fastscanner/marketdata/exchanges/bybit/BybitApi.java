package io.fastscanner.marketdata.exchanges.bybit;

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
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bybit's v5 public spot market data (https://bybit-exchange.github.io/docs/v5/intro), base
 * {@code https://api.bybit.com}; every request names {@code category=spot}.
 * <ul>
 * <li>instruments: {@code /v5/market/instruments-info}, one unpaged answer ({@link BybitInstruments});</li>
 * <li>tickers: {@code /v5/market/tickers} without a symbol, every spot pair at once ({@link BybitTickers});</li>
 * <li>candles: {@code /v5/market/kline} with {@code start} and {@code end} in epoch milliseconds, both inclusive open
 * times (the docs' example asks 10:00 to 12:00 and gets the three hourly rows 10:00, 11:00, 12:00), and {@code limit}
 * up to {@value #MAX_ROWS} ({@link BybitCandles}). Intervals {@code 1 5 15 30 60 120 240 360 720 D W} serve every
 * timeframe; {@code 3} and {@code M} are not used. Days open at 00:00 UTC and weeks on Monday 00:00 UTC, as
 * {@link Timeframe#W1} expects (the docs do not state the weekly alignment; clients of the API describe Monday
 * weeks). History reaches back to the pair's listing;</li>
 * <li>errors, also those in HTTP 200 answers: {@link BybitErrors}.</li>
 * </ul>
 * Limit (https://bybit-exchange.github.io/docs/v5/rate-limit): {@value #DOCUMENTED_REQUESTS} requests in any
 * {@value #DOCUMENTED_WINDOW_SECONDS}-second window per IP, for all of api.bybit.com, whatever the endpoint. Our
 * budget is 80 % of it, counted per second ({@value #BUDGET_PER_SECOND} a second, the same rate as 480 per 5 s):
 * Bybit's window is a rolling one, and any 5 seconds span at most 6 of our 1-second windows, so even bursts at both
 * ends stay at 576 or less, where fixed 5-second windows of 480 could let 960 through within 5 seconds. Every public
 * request counts 1. Bybit reports no IP usage in headers ({@code X-Bapi-Limit-*} count the per-user API limit).
 */
public final class BybitApi implements SpotApi {

    static final String BASE_URL = "https://api.bybit.com";
    static final String CATEGORY = "spot";
    static final int MAX_ROWS = 1000;
    static final int DOCUMENTED_REQUESTS = 600;
    static final int DOCUMENTED_WINDOW_SECONDS = 5;
    static final int BUDGET_PER_SECOND = DOCUMENTED_REQUESTS * 80 / 100 / DOCUMENTED_WINDOW_SECONDS;
    static final String LIMIT = "bybit";
    static final WindowLimit REQUESTS =
            new WindowLimit(LIMIT, BUDGET_PER_SECOND, Duration.ofSeconds(1), Duration.ofMillis(100));

    private static final Map<Timeframe, String> INTERVALS = intervals();

    private final int rowsPerRequest;

    public BybitApi() {
        this(MAX_ROWS);
    }

    /** With fewer rows per candles request than Bybit allows (tests of paging). */
    BybitApi(int rowsPerRequest) {
        if (rowsPerRequest < 1 || rowsPerRequest > MAX_ROWS) {
            throw new IllegalArgumentException("rows per request must be 1 to " + MAX_ROWS);
        }
        this.rowsPerRequest = rowsPerRequest;
    }

    private static Map<Timeframe, String> intervals() {
        Map<Timeframe, String> names = new EnumMap<>(Timeframe.class);
        names.put(Timeframe.M1, "1");
        names.put(Timeframe.M5, "5");
        names.put(Timeframe.M15, "15");
        names.put(Timeframe.M30, "30");
        names.put(Timeframe.H1, "60");
        names.put(Timeframe.H2, "120");
        names.put(Timeframe.H4, "240");
        names.put(Timeframe.H6, "360");
        names.put(Timeframe.H12, "720");
        names.put(Timeframe.D1, "D");
        names.put(Timeframe.W1, "W");
        return Map.copyOf(names);
    }

    @Override
    public Exchange exchange() {
        return Exchange.BYBIT;
    }

    @Override
    public String defaultBaseUrl() {
        return BASE_URL;
    }

    @Override
    public String defaultQuote() {
        return "USDT";
    }

    @Override
    public List<WindowLimit> limits() {
        return List.of(REQUESTS);
    }

    @Override
    public SpotRequest instrumentsRequest() {
        return SpotRequest.of("instruments", LIMIT, 1, "/v5/market/instruments-info")
                .with("category", CATEGORY);
    }

    @Override
    public Instruments readInstruments(JsonNode body) {
        return BybitInstruments.read(body);
    }

    @Override
    public SpotRequest tickersRequest() {
        return SpotRequest.of("tickers", LIMIT, 1, "/v5/market/tickers").with("category", CATEGORY);
    }

    @Override
    public List<Ticker24h> readTickers(JsonNode body, Instruments instruments, long nowMs) {
        return BybitTickers.read(body, instruments, nowMs);
    }

    @Override
    public Optional<String> interval(Timeframe timeframe) {
        return intervalOf(timeframe);
    }

    /** Bybit's name of a timeframe, the same for the REST klines and the kline streams. */
    static Optional<String> intervalOf(Timeframe timeframe) {
        return Optional.ofNullable(INTERVALS.get(timeframe));
    }

    @Override
    public int maxRowsPerRequest() {
        return rowsPerRequest;
    }

    @Override
    public SpotRequest candlesRequest(
            String exchangeSymbol, Timeframe timeframe, String interval, long fromOpenMs, long toOpenMs, int rows) {
        return SpotRequest.of("candles", LIMIT, 1, "/v5/market/kline")
                .with("category", CATEGORY)
                .with("symbol", exchangeSymbol)
                .with("interval", interval)
                .with("start", fromOpenMs)
                .with("end", toOpenMs)
                .with("limit", rows);
    }

    @Override
    public List<Candle> readCandles(JsonNode body, Timeframe timeframe) {
        return BybitCandles.read(body);
    }

    @Override
    public Optional<SpotError> error(int status, Map<String, List<String>> headers, JsonNode body) {
        return BybitErrors.of(status, headers, body);
    }
}

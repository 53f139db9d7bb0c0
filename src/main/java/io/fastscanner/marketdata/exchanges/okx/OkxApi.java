package io.fastscanner.marketdata.exchanges.okx;

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
 * OKX's public spot API, v5 (https://www.okx.com/docs-v5/en/): every answer is the envelope
 * {@code {"code":"0","msg":"","data":[...]}} with every value a string, pairs are spelled {@code BTC-USDT}.
 * <ul>
 * <li>instruments: {@code GET /api/v5/public/instruments?instType=SPOT}, pairs in state {@code live}
 * ({@link OkxInstruments});</li>
 * <li>tickers: {@code GET /api/v5/market/tickers?instType=SPOT}, every spot pair in one answer
 * ({@link OkxTickers});</li>
 * <li>candles: {@code GET /api/v5/market/candles}, at most {@value OkxCandles#MAX_ROWS} rows a request and only the
 * newest {@value OkxCandles#REACHABLE_ROWS} bars, newest first ({@link OkxCandles});</li>
 * <li>errors: the envelope's {@code code}, with HTTP 200 as often as not ({@link OkxErrors}).</li>
 * </ul>
 *
 * <p>Limits: OKX counts each public endpoint on its own, per IP, in requests per 2 seconds ("Rate Limit: 40 requests
 * per 2 seconds" for candles, 20 for tickers, 20 for instruments, on each endpoint's page of the docs). We use 80 % of
 * each: 32, 16 and 16 per 2 s windows aligned to the epoch. OKX does not say how its windows are aligned, so requests
 * sent within {@value #WINDOW_MARGIN_MS} ms of the end of one of ours are counted in the next one too; OKX reports no
 * usage in its headers.
 */
public final class OkxApi implements SpotApi {

    static final String BASE_URL = "https://www.okx.com";
    static final String INSTRUMENTS_PATH = "/api/v5/public/instruments";
    static final String TICKERS_PATH = "/api/v5/market/tickers";
    static final String CANDLES_PATH = "/api/v5/market/candles";
    static final String CANDLES_LIMIT = "okx:candles";
    static final String TICKERS_LIMIT = "okx:tickers";
    static final String INSTRUMENTS_LIMIT = "okx:instruments";

    /** OKX's window: every limit of the v5 API is counted per 2 seconds. */
    static final Duration WINDOW = Duration.ofSeconds(2);

    static final long WINDOW_MARGIN_MS = 200;
    static final int CANDLES_PER_WINDOW = 40;
    static final int TICKERS_PER_WINDOW = 20;
    static final int INSTRUMENTS_PER_WINDOW = 20;
    static final int BUDGET_PERCENT = 80;
    private static final String SPOT = "SPOT";

    @Override
    public Exchange exchange() {
        return Exchange.OKX;
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
        return List.of(
                limit(CANDLES_LIMIT, CANDLES_PER_WINDOW),
                limit(TICKERS_LIMIT, TICKERS_PER_WINDOW),
                limit(INSTRUMENTS_LIMIT, INSTRUMENTS_PER_WINDOW));
    }

    private static WindowLimit limit(String name, int documented) {
        return new WindowLimit(name, documented * BUDGET_PERCENT / 100, WINDOW, Duration.ofMillis(WINDOW_MARGIN_MS));
    }

    @Override
    public SpotRequest instrumentsRequest() {
        return SpotRequest.of("instruments", INSTRUMENTS_LIMIT, 1, INSTRUMENTS_PATH)
                .with("instType", SPOT);
    }

    @Override
    public Instruments readInstruments(JsonNode body) {
        return OkxInstruments.read(body);
    }

    @Override
    public SpotRequest tickersRequest() {
        return SpotRequest.of("tickers", TICKERS_LIMIT, 1, TICKERS_PATH).with("instType", SPOT);
    }

    @Override
    public List<Ticker24h> readTickers(JsonNode body, Instruments instruments, long nowMs) {
        return OkxTickers.read(body, instruments);
    }

    @Override
    public Optional<String> interval(Timeframe timeframe) {
        return OkxCandles.bar(timeframe);
    }

    @Override
    public int maxRowsPerRequest() {
        return OkxCandles.MAX_ROWS;
    }

    @Override
    public int reachableRows() {
        return OkxCandles.REACHABLE_ROWS;
    }

    @Override
    public SpotRequest candlesRequest(
            String exchangeSymbol, Timeframe timeframe, String interval, long fromOpenMs, long toOpenMs, int rows) {
        return OkxCandles.request(
                SpotRequest.of("candles", CANDLES_LIMIT, 1, CANDLES_PATH),
                exchangeSymbol,
                interval,
                fromOpenMs,
                toOpenMs,
                rows);
    }

    @Override
    public List<Candle> readCandles(JsonNode body, Timeframe timeframe) {
        return OkxCandles.read(body, timeframe);
    }

    @Override
    public Optional<SpotError> error(int status, Map<String, List<String>> headers, JsonNode body) {
        return OkxErrors.read(status, headers, body, WINDOW);
    }
}

package io.fastscanner.marketdata.exchanges.kraken;

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
 * Kraken's public spot REST API ({@code https://api.kraken.com/0/public/...}, docs:
 * https://docs.kraken.com/api-reference/market-data/):
 * <ul>
 * <li>instruments: {@code GET /0/public/AssetPairs}, pairs with status {@code online} ({@link KrakenInstruments});</li>
 * <li>tickers: {@code GET /0/public/Ticker} without {@code pair}, which answers for every tradeable pair
 * ({@link KrakenTickers});</li>
 * <li>candles: {@code GET /0/public/OHLC?pair=&interval=&since=}, only the 720 newest rows ever served
 * ({@link KrakenCandles});</li>
 * <li>errors: strings in the body's {@code error} array, mostly with HTTP 200 ({@link KrakenErrors}).</li>
 * </ul>
 *
 * <p>Limit: Kraken counts public calls per IP (and per IP and pair for OHLC and Trades) and says that "calling the
 * public endpoints at a frequency of 1 per second (or less) would remain within the rate limits"
 * (https://support.kraken.com/articles/206548367-what-are-the-api-rate-limits); it publishes no window or burst size,
 * and ccxt paces its Kraken client at one public call per second (OHLC at 1.2 s). We budget 80 % of one call per
 * second as one call per 1.25 s window, every request counting 1 in the single limit {@code kraken} (OHLC calls for
 * different pairs may be counted apart by Kraken; we do not rely on it). The windows' margin keeps two calls from
 * leaving back to back across a window edge. Kraken reports no usage in headers.
 */
public final class KrakenApi implements SpotApi {

    /** The name of the one limit every request counts against. */
    public static final String LIMIT = "kraken";
    /** Requests per {@link #WINDOW}: 80 % of Kraken's one public call per second. */
    static final int BUDGET = 1;

    static final Duration WINDOW = Duration.ofMillis(1250);
    static final Duration MARGIN = Duration.ofMillis(250);

    static final String INSTRUMENTS_PATH = "/0/public/AssetPairs";
    static final String TICKERS_PATH = "/0/public/Ticker";

    @Override
    public Exchange exchange() {
        return Exchange.KRAKEN;
    }

    @Override
    public String defaultBaseUrl() {
        return "https://api.kraken.com";
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
        return SpotRequest.of("instruments", LIMIT, 1, INSTRUMENTS_PATH);
    }

    @Override
    public Instruments readInstruments(JsonNode body) {
        return KrakenInstruments.read(body);
    }

    @Override
    public SpotRequest tickersRequest() {
        return SpotRequest.of("tickers", LIMIT, 1, TICKERS_PATH);
    }

    @Override
    public List<Ticker24h> readTickers(JsonNode body, Instruments instruments, long nowMs) {
        return KrakenTickers.read(body, instruments, nowMs);
    }

    @Override
    public Optional<String> interval(Timeframe timeframe) {
        return KrakenCandles.interval(timeframe);
    }

    @Override
    public int maxRowsPerRequest() {
        return KrakenCandles.MAX_ROWS;
    }

    @Override
    public int reachableRows() {
        return KrakenCandles.MAX_ROWS;
    }

    @Override
    public SpotRequest candlesRequest(
            String exchangeSymbol, Timeframe timeframe, String interval, long fromOpenMs, long toOpenMs, int rows) {
        return KrakenCandles.request(exchangeSymbol, interval, fromOpenMs);
    }

    @Override
    public List<Candle> readCandles(JsonNode body, Timeframe timeframe) {
        return KrakenCandles.read(body);
    }

    @Override
    public Optional<SpotError> error(int status, Map<String, List<String>> headers, JsonNode body) {
        return KrakenErrors.read(headers, body);
    }
}

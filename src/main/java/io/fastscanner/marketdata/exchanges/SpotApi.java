package io.fastscanner.marketdata.exchanges;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.budget.WindowLimit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one exchange's public spot API looks like: the requests to send and how to read the answers. Pure: no HTTP,
 * no clock, no Quarkus; {@link SpotMarketDataSource} does the sending, budgets, retries, paging and checks for every
 * exchange alike. Readers throw {@link MalformedAnswerException} for an answer that is not what the exchange
 * documents.
 */
public interface SpotApi {

    Exchange exchange();

    /** Base URL of the public API, e.g. {@code https://api.bybit.com}; {@code quarkus.rest-client.<id>.url} overrides. */
    String defaultBaseUrl();

    /** Quote asset of the default universe when {@code scanner.universe.quote} names none: {@code USDT}, {@code USD}. */
    String defaultQuote();

    /**
     * The request limits this API counts against, each with the share of the exchange's documented limit we use (the
     * rest is headroom for clocks that disagree and for other clients behind the same IP).
     */
    List<WindowLimit> limits();

    /** The request for the list of spot instruments. */
    SpotRequest instrumentsRequest();

    /** The tradable spot pairs (status trading/online) of an instruments answer. */
    Instruments readInstruments(JsonNode body);

    /** The request for the 24 h tickers of every spot pair (as few as the exchange allows: one). */
    SpotRequest tickersRequest();

    /** The 24 h tickers of the tradable pairs among {@code instruments}; other rows are skipped. */
    List<Ticker24h> readTickers(JsonNode body, Instruments instruments, long nowMs);

    /** The exchange's name of an interval it serves itself ({@code 60}, {@code 1H}, {@code ONE_HOUR}); empty if none. */
    Optional<String> interval(Timeframe timeframe);

    /** The most candle rows one candles request returns. */
    int maxRowsPerRequest();

    /**
     * How many of the newest candles can be reached at all, the forming one included ({@link Integer#MAX_VALUE} when
     * paging reaches any age; Kraken: 720).
     */
    default int reachableRows() {
        return Integer.MAX_VALUE;
    }

    /**
     * The request for the candles of {@code exchangeSymbol} whose open times lie in {@code [fromOpenMs, toOpenMs]}
     * (both open times of candles of {@code timeframe}, at most {@link #maxRowsPerRequest()} of them: {@code rows}).
     */
    SpotRequest candlesRequest(
            String exchangeSymbol, Timeframe timeframe, String interval, long fromOpenMs, long toOpenMs, int rows);

    /**
     * The candles of a candles answer in any order, times in epoch milliseconds, with the rows the exchange itself
     * marks as still forming left out (OKX {@code confirm="0"}, Kraken's last row). Candles whose interval has not
     * ended yet are dropped afterwards for every exchange.
     */
    List<Candle> readCandles(JsonNode body, Timeframe timeframe);

    /**
     * The error an answer carries, whatever its HTTP status (some exchanges answer errors with 200); empty for a good
     * answer. {@code body} is {@link com.fasterxml.jackson.databind.node.MissingNode} when it was not JSON. Statuses
     * left unexplained get the defaults: 429 rate limited, 418 banned, 5xx transient, other non-2xx failed.
     */
    Optional<SpotError> error(int status, Map<String, List<String>> headers, JsonNode body);

    /**
     * The weight the exchange says this IP has used in the current window of {@code limit}, from the response headers,
     * when it says so (e.g. KuCoin's {@code gw-ratelimit-remaining}); ours is raised to it.
     */
    default OptionalInt usedWeight(WindowLimit limit, Map<String, List<String>> headers) {
        return OptionalInt.empty();
    }
}

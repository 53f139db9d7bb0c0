package io.fastscanner.marketdata.binance;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.TransientUpstreamException;
import io.fastscanner.marketdata.UpstreamException;
import java.util.List;
import java.util.Map;

/**
 * The Binance REST endpoints this source calls, named as they appear in the {@code endpoint} metric tag, with
 * the request weight Binance documents for the way we call them.
 */
enum BinanceEndpoint {
    EXCHANGE_INFO("exchangeInfo", 20),
    /** Without a symbol: every symbol at once. */
    TICKER_24H("ticker24h", 80),
    /** Any {@code limit} from 1 to 1000. */
    KLINES("klines", 2);

    static final String MALFORMED = "malformed_response";

    private final String tag;
    private final int weight;

    BinanceEndpoint(String tag, int weight) {
        this.tag = tag;
        this.weight = weight;
    }

    /** The documented request weight of one call. */
    int weight() {
        return weight;
    }

    /** The short name used in metrics and error messages. */
    String tag() {
        return tag;
    }

    /** A final failure of a call to this endpoint ({@code status} -1 when no response arrived). */
    UpstreamException failure(
            String reason, int status, Map<String, List<String>> headers, String message, Throwable cause) {
        return new UpstreamException(Exchange.BINANCE, tag, reason, status, headers, message, cause);
    }

    /** A failure that a later attempt may not have: 5xx, timeout, I/O error. */
    TransientUpstreamException transientFailure(
            String reason, int status, Map<String, List<String>> headers, String message, Throwable cause) {
        return new TransientUpstreamException(Exchange.BINANCE, tag, reason, status, headers, message, cause);
    }

    /** The body is not what this endpoint documents. */
    UpstreamException malformed(String detail) {
        return failure(MALFORMED, -1, Map.of(), detail, null);
    }

    @Override
    public String toString() {
        return tag;
    }
}

package io.fastscanner.marketdata.binance;

import java.util.List;
import java.util.Map;

/** A transient upstream fault (HTTP 5xx, timeout, IO error): retried a bounded number of times. */
public class TransientUpstreamException extends UpstreamException {

    public TransientUpstreamException(BinanceEndpoint endpoint, String reason, int status,
            Map<String, List<String>> headers, String message, Throwable cause) {
        super(endpoint, reason, status, headers, message, cause);
    }

    public TransientUpstreamException(BinanceEndpoint endpoint, String reason, String message, Throwable cause) {
        super(endpoint, reason, message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}

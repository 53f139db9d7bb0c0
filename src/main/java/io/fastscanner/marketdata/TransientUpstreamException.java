package io.fastscanner.marketdata;

import java.util.List;
import java.util.Map;

/** A transient upstream fault (HTTP 5xx, timeout, IO error): retried a bounded number of times. */
public class TransientUpstreamException extends UpstreamException {

    public TransientUpstreamException(
            Exchange source,
            String endpoint,
            String reason,
            int status,
            Map<String, List<String>> headers,
            String message,
            Throwable cause) {
        super(source, endpoint, reason, status, headers, message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}

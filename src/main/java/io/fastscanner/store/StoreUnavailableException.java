package io.fastscanner.store;

import java.time.Duration;

/** The shared store (Redis) cannot be reached: the request can be retried once it is back. */
public class StoreUnavailableException extends RuntimeException {

    /** Suggested to the client: Redis is retried every second or so, a restarted Redis is back within seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public StoreUnavailableException(String reason) {
        super(reason, null, false, false);
    }
}

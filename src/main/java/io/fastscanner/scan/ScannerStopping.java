package io.fastscanner.scan;

import java.time.Duration;

/** The service is shutting down: it starts no new scan. Another instance can take the request. */
public class ScannerStopping extends RuntimeException {

    /** Suggested to the client: about how long a replacement instance takes to be ready behind the same address. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    public ScannerStopping() {
        super("the service is shutting down and starts no new scan", null, false, false);
    }
}

package io.fastscanner.scan;

/** The service is shutting down: it starts no new scan. Another instance can take the request. */
public class ScannerStopping extends RuntimeException {

    public ScannerStopping() {
        super("the service is shutting down and starts no new scan", null, false, false);
    }
}

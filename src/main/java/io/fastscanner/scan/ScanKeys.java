package io.fastscanner.scan;

/**
 * The Redis keys of the scans every replica serves ({@code scanner.store=redis}), under {@code scanner.redis.prefix}.
 * A scan's own keys expire after {@code scanner.redis.scan-ttl}; the two sorted sets are trimmed instead.
 */
record ScanKeys(String prefix) {

    /** Finished scans, scored by start time (ms): the newest is the latest scan, the rest its history. */
    String finished() {
        return prefix + "scans";
    }

    /** Scans started and not closed yet, scored by start time (ms). */
    String running() {
        return prefix + "running";
    }

    /** Symbols still waiting for the newest deep analysis. */
    String deepQueue() {
        return prefix + "deep-queue";
    }

    /** A scan's history entry (JSON). */
    String entry(String scanId) {
        return prefix + "scan:" + scanId;
    }

    /** A scan's listings ({@code okx:BTC/USDT}) in scan order (a JSON array). */
    String order(String scanId) {
        return prefix + "scan:" + scanId + ":order";
    }

    /** A scan's analyses: a hash of listing ({@code okx:BTC/USDT}) to analysis (JSON). */
    String analyses(String scanId) {
        return prefix + "scan:" + scanId + ":analyses";
    }

    /** Why a scan failed ({@link ScanFailure}), for the replicas that wait for its result. */
    String failure(String scanId) {
        return prefix + "scan:" + scanId + ":failure";
    }

    /** Taken by the one replica that closes a scan whose owner is gone. */
    String takeover(String scanId) {
        return prefix + "scan:" + scanId + ":takeover";
    }

    /** The scan running for one request (the hash of its timeframe and symbols), while its quick phase runs. */
    String request(String requestHash) {
        return prefix + "request:" + requestHash;
    }

    /** The replica that runs a scan; it expires unless the owner renews it. */
    String owner(String scanId) {
        return prefix + "scan:" + scanId + ":owner";
    }
}

package io.fastscanner.scannerapi;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** {@code scanner.scanner-api.*}: the optional second opinion from the Python {@code scanner_api} service. */
@ConfigMapping(prefix = "scanner.scanner-api")
public interface ScannerApiConfig {

    /**
     * Base URL of the Python service, e.g. {@code http://localhost:5001}. Absent (the default) or blank switches the
     * second opinion off: no HTTP call is made and every result has status {@code disabled}.
     */
    Optional<String> url();

    /**
     * Exchange id the Python service scans with (a ccxt id such as {@code binance} or {@code kucoinfutures}). Unset
     * (the default): the exchange of the scan asking (our ids are ccxt's), or {@code binance} for replayed and
     * synthetic markets, which the Python service cannot scan.
     */
    Optional<String> exchange();

    /**
     * Upper bound for one whole fetch: the status read, the scan request, the polling and the signals read. When it
     * passes, the result is {@code unavailable} with reason {@code timeout after ...} and the scan goes on without it.
     */
    @WithDefault("30s")
    Duration timeout();

    /** Pause between two {@code GET /api/scanner/status} polls while an accepted (202) scan is running. */
    @WithDefault("500ms")
    Duration pollInterval();

    /**
     * How long a scan request of ours that it accepted (202) but that we never saw finish is waited for by later
     * fetches before it is taken as failed there (a failed scan leaves its status unchanged) and forgotten.
     */
    @WithDefault("10m")
    Duration abandonAfter();

    /** Whether a URL is configured. */
    default boolean enabled() {
        return url().filter(u -> !u.isBlank()).isPresent();
    }
}

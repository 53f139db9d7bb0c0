package io.fastscanner.scannerapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The Python {@code scanner_api}'s second opinion on a scan.
 * <p>
 * One fetch: read {@code GET /api/scanner/status} (its {@code last_scan}), {@code POST /api/scanner/scan}, then
 * <ul>
 *   <li>200 with {@code signals} (older, synchronous version): map them;</li>
 *   <li>202 {@code accepted} (current version): poll the status every {@code poll-interval} until
 *   {@code last_scan} differs from the value read before the POST, then read {@code GET /api/scanner/signals}.</li>
 * </ul>
 * The whole fetch is bounded by {@code timeout}. It never fails: any problem gives a result with status
 * {@code unavailable} and a reason, so our own analysis completes without it and says so.
 */
@ApplicationScoped
public class ScannerApiService {

    private static final Logger LOG = Logger.getLogger(ScannerApiService.class);
    private static final int REMEMBERED_SCANS = 16;

    private final ScannerApiConfig config;
    private final ScannerApiClient client;
    private final Clock clock;

    /** Results per scan (scanId + timeframe), so one scan of ours triggers one upstream scan. */
    private final Map<String, Uni<ScannerApiResult>> perScan = new LinkedHashMap<>(32, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Uni<ScannerApiResult>> eldest) {
            return size() > REMEMBERED_SCANS;
        }
    };

    ScannerApiService(ScannerApiConfig config, ScannerApiClient client, Clock clock) {
        this.config = config;
        this.client = client;
        this.clock = clock;
    }

    /** The whole fetch took longer than {@code scanner.scanner-api.timeout}. */
    private static final class FetchTimedOut extends RuntimeException {
        FetchTimedOut() {
            super(null, null, false, false);
        }
    }

    /** Whether a URL is configured. */
    public boolean enabled() {
        return config.enabled();
    }

    /**
     * The result for scan {@code scanId}: the first call fetches, later calls for the same scan and timeframe
     * (one per symbol, typically) share that fetch and its result.
     */
    public Uni<ScannerApiResult> forScan(String scanId, Timeframe timeframe) {
        if (!enabled()) {
            return Uni.createFrom().item(ScannerApiResult.disabled());
        }
        String key = scanId + "|" + timeframe.label();
        synchronized (perScan) {
            return perScan.computeIfAbsent(key, k -> fetch(timeframe).memoize().indefinitely());
        }
    }

    /** Asks the Python service for its view on {@code timeframe}. Completes with a result, never with a failure. */
    public Uni<ScannerApiResult> fetch(Timeframe timeframe) {
        if (!enabled()) {
            return Uni.createFrom().item(ScannerApiResult.disabled());
        }
        ScannerApiLabel label = ScannerApiLabel.forTimeframe(timeframe);
        Duration timeout = config.timeout();
        AtomicReference<String> phase = new AtomicReference<>("reading status");
        return Uni.createFrom()
                .deferred(() -> run(label, phase))
                .ifNoItem()
                .after(timeout)
                .failWith(FetchTimedOut::new)
                .onFailure()
                .recoverWithItem(failure -> {
                    String reason = reason(failure, timeout, phase.get());
                    LOG.warnf("scanner_api unavailable for %s (label %s): %s", timeframe, label.label(), reason);
                    return ScannerApiResult.unavailable(label, reason);
                });
    }

    private Uni<ScannerApiResult> run(ScannerApiLabel label, AtomicReference<String> phase) {
        ScanRequest request = ScanRequest.fullScan(label.label(), config.exchange());
        return client.status()
                .map(answer -> ScannerApiAnswers.lastScan(ScannerApiAnswers.expectJsonObject(answer)))
                .chain(before -> {
                    phase.set("requesting the scan");
                    return client.scan(request).chain(answer -> {
                        JsonNode body = ScannerApiAnswers.expectJsonObject(answer);
                        if (answer.status() == 200 && ScannerApiAnswers.hasSignals(body)) {
                            return Uni.createFrom()
                                    .item(ScannerApiResult.ok(
                                            "sync",
                                            label,
                                            ScannerApiAnswers.opinions(body, "sync", label, clock.instant())));
                        }
                        if (answer.status() == 202 || "accepted".equals(ScannerApiAnswers.text(body.get("status")))) {
                            phase.set("waiting for last_scan to change");
                            return awaitNewScan(before)
                                    .chain(() -> {
                                        phase.set("reading signals");
                                        return client.signals();
                                    })
                                    .map(signals -> ScannerApiResult.ok(
                                            "async",
                                            label,
                                            ScannerApiAnswers.opinions(
                                                    ScannerApiAnswers.expectJsonObject(signals),
                                                    "async",
                                                    label,
                                                    clock.instant())));
                        }
                        throw new MalformedResponseException(
                                "http_" + answer.status() + " without signals and not accepted");
                    });
                });
    }

    /** Polls the status every poll-interval until its last_scan differs from {@code before}. */
    private Uni<String> awaitNewScan(String before) {
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(config.pollInterval())
                .chain(client::status)
                .map(answer -> ScannerApiAnswers.lastScan(ScannerApiAnswers.expectJsonObject(answer)))
                .chain(now -> now != null && !Objects.equals(now, before)
                        ? Uni.createFrom().item(now)
                        : awaitNewScan(before));
    }

    static String reason(Throwable failure, Duration timeout, String phase) {
        if (failure instanceof FetchTimedOut) {
            return "timeout after " + human(timeout) + " (" + phase + ")";
        }
        if (failure instanceof TimeoutException) {
            return "timeout (" + phase + ")";
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return "circuit_open";
        }
        if (failure instanceof ScannerApiHttpException http) {
            return ScannerApiAnswers.httpReason(http.status(), http.body());
        }
        if (failure instanceof MalformedResponseException malformed) {
            return "malformed_response: " + malformed.getMessage();
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection_failed: " + root.getMessage();
        }
        return "error: " + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + "s" : millis + "ms";
    }
}

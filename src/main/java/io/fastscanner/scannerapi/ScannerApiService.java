package io.fastscanner.scannerapi;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.Timeframe;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The Python {@code scanner_api}'s second opinion on a scan.
 * <p>
 * A fetch ({@link ScannerApiFetch}) asks it for a scan and takes only the answer to that request. Fetches run one at
 * a time ({@link OneAtATime}): it keeps only its last scan. A request of ours it accepted and we stopped waiting for
 * is remembered across fetches ({@link OurRequests}), so that its late end is not taken for a later request's
 * answer. Each fetch is bounded by {@code timeout} from its start and never fails: any problem gives a result with
 * status {@code unavailable} and a reason, so our own analysis completes without it and says so.
 */
@ApplicationScoped
public class ScannerApiService {

    private static final Logger LOG = Logger.getLogger(ScannerApiService.class);
    private static final int REMEMBERED_SCANS = 16;

    private final ScannerApiConfig config;
    private final ScannerApiClient client;
    private final Clock clock;
    private final OurRequests ourRequests;
    private final OneAtATime<ScannerApiResult> oneAtATime = new OneAtATime<>();

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
        this.ourRequests = new OurRequests(config.abandonAfter());
    }

    /** Whether a URL is configured. */
    public boolean enabled() {
        return config.enabled();
    }

    /**
     * The result for scan {@code scanId}: the first call fetches, later calls for the same scan and timeframe
     * (one per symbol, typically) share that fetch and its result. Completes with a result, never with a failure.
     */
    public Uni<ScannerApiResult> forScan(String scanId, Timeframe timeframe, Exchange exchange) {
        if (!enabled()) {
            return Uni.createFrom().item(ScannerApiResult.disabled());
        }
        String key = scanId + "|" + timeframe.label() + "|" + exchange.id();
        synchronized (perScan) {
            return perScan.computeIfAbsent(
                    key, k -> fetch(timeframe, exchange).memoize().indefinitely());
        }
    }

    /** The exchange id sent to the Python service for a scan of {@code exchange}. */
    String peerExchange(Exchange exchange) {
        return config.exchange().orElse(exchange.isLive() ? exchange.id() : Exchange.BINANCE.id());
    }

    /**
     * Asks the Python service for its view on {@code timeframe}, once the fetches before it have ended; a fetch for
     * the same label that has not started yet is shared. Completes with a result, never with a failure.
     */
    public Uni<ScannerApiResult> fetch(Timeframe timeframe, Exchange exchange) {
        if (!enabled()) {
            return Uni.createFrom().item(ScannerApiResult.disabled());
        }
        ScannerApiLabel label = ScannerApiLabel.forTimeframe(timeframe);
        String peerExchange = peerExchange(exchange);
        return Uni.createFrom()
                .deferred(() -> oneAtATime.submit(
                        label.label() + "|" + peerExchange, () -> bounded(timeframe, label, peerExchange)));
    }

    private Uni<ScannerApiResult> bounded(Timeframe timeframe, ScannerApiLabel label, String peerExchange) {
        Duration timeout = config.timeout();
        ScannerApiFetch fetch =
                new ScannerApiFetch(client, ourRequests, clock, config.pollInterval(), peerExchange, label);
        return Uni.createFrom()
                .deferred(fetch::run)
                .ifNoItem()
                .after(timeout)
                .failWith(UnavailableReasons.FetchTimedOut::new)
                .onFailure()
                .recoverWithItem(failure -> {
                    String reason = UnavailableReasons.of(failure, timeout, fetch.phase());
                    LOG.warnf("scanner_api unavailable for %s (label %s): %s", timeframe, label.label(), reason);
                    return ScannerApiResult.unavailable(label, reason);
                });
    }

    /** Forgets every request of ours, as after a restart: each test starts from a scanner_api without them. */
    public void forgetOurRequests() {
        ourRequests.forget();
    }
}

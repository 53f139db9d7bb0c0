package io.fastscanner.scannerapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * One fetch of the scanner_api's opinion, step by step; {@link #phase()} tells the step it is in.
 * <ol>
 *   <li>Read its status ({@code last_scan}). If a request of ours from an earlier fetch is still running there
 *   ({@link OurRequests}), poll until its status shows that request finished: that scan is not taken.</li>
 *   <li>{@code POST /api/scanner/scan}. A 200 with {@code signals} (older, synchronous version) is the answer.</li>
 *   <li>A 202: poll the status every {@code poll-interval} until it shows the scan that answers this request
 *   ({@link AnswerMark}), then read {@code GET /api/scanner/signals}, which must still be that scan's results.</li>
 * </ol>
 */
final class ScannerApiFetch {

    private final ScannerApiClient client;
    private final OurRequests requests;
    private final Clock clock;
    private final Duration pollInterval;
    private final ScanRequest request;
    private final ScannerApiLabel label;
    private volatile String phase = "reading status";

    ScannerApiFetch(
            ScannerApiClient client,
            OurRequests requests,
            Clock clock,
            Duration pollInterval,
            String exchange,
            ScannerApiLabel label) {
        this.client = client;
        this.requests = requests;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.request = ScanRequest.fullScan(label.label(), exchange);
        this.label = label;
    }

    /** The step it is in, for the reason of a failure. */
    String phase() {
        return phase;
    }

    /** The result; fails on any problem, which the caller turns into a reason. */
    Uni<ScannerApiResult> run() {
        return lastScan().chain(this::afterEarlierRequest).chain(this::ask);
    }

    /** {@code lastScan} when no earlier request of ours runs there, else the last_scan that shows it finished. */
    private Uni<String> afterEarlierRequest(String lastScan) {
        Optional<AnswerMark> earlier = requests.stillRunning(lastScan, clock.instant());
        if (earlier.isEmpty()) {
            return Uni.createFrom().item(lastScan);
        }
        phase = "waiting for our earlier request to finish there";
        return later().chain(this::afterEarlierRequest);
    }

    private Uni<ScannerApiResult> ask(String lastScanBefore) {
        phase = "requesting the scan";
        return client.scan(request).chain(answer -> {
            JsonNode body = ScannerApiAnswers.expectJsonObject(answer);
            if (answer.status() == 200 && ScannerApiAnswers.hasSignals(body)) {
                return Uni.createFrom().item(result("sync", body, null));
            }
            if (answer.status() == 202 || "accepted".equals(ScannerApiAnswers.text(body.get("status")))) {
                AnswerMark mark = new AnswerMark(
                        AnswerMark.peerTime(ScannerApiAnswers.acceptedAt(body)).orElse(null), lastScanBefore);
                requests.accepted(mark, clock.instant());
                phase = "waiting for a last_scan after our request";
                return answerTo(mark, lastScanBefore).chain(lastScan -> {
                    requests.answered(mark);
                    phase = "reading signals";
                    return client.signals()
                            .map(signals -> result("async", ScannerApiAnswers.expectJsonObject(signals), lastScan));
                });
            }
            throw new MalformedResponseException("http_" + answer.status() + " without signals and not accepted");
        });
    }

    /** Polls until the status shows the scan that answers the request marked {@code mark}; its last_scan. */
    private Uni<String> answerTo(AnswerMark mark, String lastScan) {
        return mark.isAnsweredBy(lastScan)
                ? Uni.createFrom().item(lastScan)
                : later().chain(next -> answerTo(mark, next));
    }

    private ScannerApiResult result(String contract, JsonNode body, String lastScan) {
        ScannerApiAnswers.notOurs(body, label, lastScan).ifPresent(why -> {
            throw new UnavailableReasons.NotOurs(why);
        });
        return ScannerApiResult.ok(
                contract,
                label,
                ScannerApiAnswers.opinions(body, contract, label, clock.instant()),
                ScannerApiAnswers.signalCount(body));
    }

    /** The last_scan of a status read after one poll interval. */
    private Uni<String> later() {
        return Uni.createFrom().voidItem().onItem().delayIt().by(pollInterval).chain(this::lastScan);
    }

    private Uni<String> lastScan() {
        return client.status().map(answer -> ScannerApiAnswers.lastScan(ScannerApiAnswers.expectJsonObject(answer)));
    }
}

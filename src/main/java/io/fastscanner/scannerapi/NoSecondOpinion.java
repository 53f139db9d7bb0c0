package io.fastscanner.scannerapi;

import io.fastscanner.marketdata.Timeframe;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Python service gave no opinion on a symbol, or not yet.
 *
 * @param status         its result's status: {@code pending} (asked, its answer not there yet), {@code unavailable}
 *                       (down, slow, broken, no answer that is ours) or {@code ok} when it answered without this symbol
 * @param reason         why, e.g. {@code timeout after 30s (...)}, {@code no signal for this symbol in its answer},
 *                       {@code no signals in its answer} or {@code waiting for the scanner_api's answer}
 * @param timeframeLabel the label we asked it for, e.g. {@code medium}
 */
@RegisterForReflection
@Schema(
        description = "The scanner_api gave no opinion on this symbol (or not yet: status pending), and why",
        requiredProperties = {"source", "status", "reason"})
public record NoSecondOpinion(
        String source,
        ScannerApiResult.Status status,
        String reason,
        @Schema(nullable = true) String timeframeLabel) implements SecondOpinion {

    static final String NOT_IN_ANSWER = "no signal for this symbol in its answer";
    static final String EMPTY_ANSWER = "no signals in its answer";
    static final String PENDING = "waiting for the scanner_api's answer";

    /** Asked, not answered yet: what a symbol shows until the scanner_api's result for its scan is there. */
    public static NoSecondOpinion pending(Timeframe timeframe) {
        return new NoSecondOpinion(
                ScannerApiOpinion.SOURCE,
                ScannerApiResult.Status.PENDING,
                PENDING,
                ScannerApiLabel.forTimeframe(timeframe).label());
    }

    static NoSecondOpinion of(ScannerApiResult result) {
        String reason = !result.isOk() ? result.reason() : result.signalsInAnswer() == 0 ? EMPTY_ANSWER : NOT_IN_ANSWER;
        return new NoSecondOpinion(ScannerApiOpinion.SOURCE, result.status(), reason, result.timeframeLabel());
    }
}

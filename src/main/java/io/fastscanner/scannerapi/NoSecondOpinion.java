package io.fastscanner.scannerapi;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Python service gave no opinion on a symbol.
 *
 * @param status         its result's status: {@code unavailable} (down, slow, broken) or {@code ok} when it answered
 *                       without this symbol
 * @param reason         why, e.g. {@code timeout after 30s} or {@code no signal for this symbol in its answer}
 * @param timeframeLabel the label we asked it for, e.g. {@code medium}
 */
@RegisterForReflection
@Schema(
        description = "The scanner_api gave no opinion on this symbol, and why",
        requiredProperties = {"source", "status", "reason"})
public record NoSecondOpinion(
        String source,
        ScannerApiResult.Status status,
        String reason,
        @Schema(nullable = true) String timeframeLabel) implements SecondOpinion {

    static final String NOT_IN_ANSWER = "no signal for this symbol in its answer";

    static NoSecondOpinion of(ScannerApiResult result) {
        return new NoSecondOpinion(
                ScannerApiOpinion.SOURCE,
                result.status(),
                result.isOk() ? NOT_IN_ANSWER : result.reason(),
                result.timeframeLabel());
    }
}

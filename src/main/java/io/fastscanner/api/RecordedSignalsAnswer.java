package io.fastscanner.api;

import io.fastscanner.scorecard.PastSignal;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/scorecard/signals}. */
@RegisterForReflection
public record RecordedSignalsAnswer(
        @Schema(enumeration = "true") boolean success,
        int count,
        @Schema(description = "Newest candle first") List<PastSignal> signals) {

    static RecordedSignalsAnswer of(List<PastSignal> signals) {
        return new RecordedSignalsAnswer(true, signals.size(), signals);
    }
}

package io.fastscanner.api;

import io.fastscanner.schedule.Alert;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/alerts}. */
@RegisterForReflection
public record AlertsAnswer(
        @Schema(enumeration = "true") boolean success,
        @Schema(description = "Oldest first") List<Alert> alerts,
        int count) {

    static AlertsAnswer of(List<Alert> alerts) {
        return new AlertsAnswer(true, alerts, alerts.size());
    }
}

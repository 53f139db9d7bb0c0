package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/alert-rules/{id}/deliveries}. */
@RegisterForReflection
public record DeliveriesAnswer(
        @Schema(enumeration = "true") boolean success,
        String ruleId,
        @Schema(description = "Newest first") List<DeliveryView> deliveries,
        int count) {

    static DeliveriesAnswer of(String ruleId, List<DeliveryView> deliveries) {
        return new DeliveriesAnswer(true, ruleId, deliveries, deliveries.size());
    }
}

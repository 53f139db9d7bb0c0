package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/alert-rules}. */
@RegisterForReflection
@Schema(name = "AlertRulesAnswer")
public record RulesAnswer(
        @Schema(enumeration = "true") boolean success,
        @Schema(description = "Oldest first") List<RuleView> rules,
        int count) {

    static RulesAnswer of(List<RuleView> rules) {
        return new RulesAnswer(true, rules, rules.size());
    }
}

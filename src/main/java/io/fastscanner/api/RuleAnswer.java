package io.fastscanner.api;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One alert rule, created, read or changed. */
@RegisterForReflection
@Schema(name = "AlertRuleAnswer")
public record RuleAnswer(@Schema(enumeration = "true") boolean success, RuleView rule) {

    static RuleAnswer of(RuleView rule) {
        return new RuleAnswer(true, rule);
    }
}

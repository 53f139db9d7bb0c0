package io.fastscanner.scorecard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A number with its 95 % confidence interval. */
@RegisterForReflection
@Schema(description = "A value with its 95 % confidence interval [low, high]")
public record Estimate(double value, double low, double high) {

    /** {@code value} plus and minus 1.96 standard errors. */
    static Estimate normal(double value, double standardError) {
        double half = Normal.Z_95 * standardError;
        return new Estimate(value, value - half, value + half);
    }
}

package io.fastscanner.scorecard;

import io.fastscanner.signal.SignalType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bucket's signals at one horizon, against the baseline signed for the bucket's side. */
@RegisterForReflection
@Schema(description = "The signals of one type and strength range at one horizon, compared with the baseline")
public record BucketRow(
        SignalType signal,

        @Schema(description = "Strength range, e.g. 30-49", example = "30-49")
        String strength,

        int horizon,

        @Schema(description = "Signals of this bucket whose horizon has closed")
        int count,

        @Schema(nullable = true, description = "Share of signals whose forward return was positive for the side")
        Estimate hitRate,

        @Schema(nullable = true, description = "Mean forward return for the side, a fraction of the close")
        Estimate meanReturn,

        @Schema(nullable = true, description = "Median forward return for the side, a fraction of the close")
        Estimate medianReturn,

        SideBaseline baseline,

        @Schema(nullable = true, description = "meanReturn minus baseline.meanReturn, with its interval")
        Estimate difference,

        @Schema(nullable = true, description = "Two-sided p-value of the difference; null when not tested")
        Double pValue,

        @Schema(description = "Whether the difference is significant after the Holm correction")
        boolean significant,

        Verdict verdict,

        @Schema(description = "The row in one plain sentence")
        String summary) {}

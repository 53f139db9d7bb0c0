package io.fastscanner.api;

import io.fastscanner.scorecard.BaselineRow;
import io.fastscanner.scorecard.BucketRow;
import io.fastscanner.scorecard.ComputedScorecard;
import io.fastscanner.scorecard.ScorecardData;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of {@code GET /api/scanner/scorecard}: how the quick signal's past BUYs and SELLs turned out. */
@RegisterForReflection
public record ScorecardAnswer(
        @Schema(enumeration = "true") boolean success,
        ScorecardData data,

        @Schema(description = "Candles after the signal candle at which returns are measured, ascending")
        List<Integer> horizons,

        @Schema(description = "One row per horizon: every scored candle held long")
        List<BaselineRow> baseline,

        @Schema(description = "One row per bucket (signal and strength range) and horizon")
        List<BucketRow> buckets,

        @Schema(description = "The scorecard in one plain sentence: whether any BUY or SELL bucket shows an edge")
        String verdict,

        @Schema(description = "Milliseconds the computation took when it ran; a cached answer keeps its first time")
        long computedMs) {

    static ScorecardAnswer of(ComputedScorecard computed) {
        var card = computed.scorecard();
        return new ScorecardAnswer(
                true,
                computed.data(),
                card.horizons(),
                card.baseline(),
                card.buckets(),
                card.verdict(),
                computed.computedMs());
    }
}

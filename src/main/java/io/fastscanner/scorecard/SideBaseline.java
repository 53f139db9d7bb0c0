package io.fastscanner.scorecard;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The baseline of a bucket's horizon signed for the bucket's side: for a SELL bucket, any candle held short. */
@RegisterForReflection
@Schema(
        description =
                "The baseline (every scored candle) signed for this bucket's side: short for SELL, long otherwise")
public record SideBaseline(
        @Schema(description = "Share of all candles whose forward return was positive for this side")
        double hitRate,

        @Schema(description = "Mean forward return of all candles for this side, a fraction")
        double meanReturn) {}

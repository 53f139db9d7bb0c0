package io.fastscanner.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.MacdState;
import io.fastscanner.signal.SignalType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One symbol's row of a scan, as clients see it (the {@code signals} of every answer).
 *
 * @param price            last price: the ticker's, or the close of the last closed candle ({@code candleTime})
 * @param change24h        price change over 24 h, percent
 * @param volume24h        traded value over 24 h, quote currency
 * @param signal           the vote model's verdict
 * @param strength         {@code round(100 x |rating|)}
 * @param rating           the vote model's rating in [-1, 1]
 * @param reason           why a signal failed or was held back ({@code stale_data}, {@code timeout}, ...)
 * @param candleTime       open time of the candle the values belong to
 * @param candleCloseTime  close time of that candle
 * @param stale            the last closed candle is older than two intervals: the signal is HOLD and unscored
 * @param timestamp        when the values were computed
 * @param opportunityScore deep-analysis score 0-100, once complete
 * @param data             where the candles came from (live stream in memory, request, replay)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Signal", description = "One symbol's row of a scan")
public record ScanRow(
        MarketSymbol symbol,
        Exchange exchange,
        Timeframe timeframe,

        @Schema(nullable = true, description = "Last price: the ticker's, or the last close")
        Double price,

        @Schema(nullable = true, description = "Price change over 24 h, percent")
        Double change24h,

        @Schema(nullable = true, description = "Traded value over 24 h, quote currency")
        Double volume24h,

        SignalType signal,
        @Schema(minimum = "0", maximum = "100") int strength,

        @Schema(nullable = true, description = "The vote model's rating in [-1, 1]")
        Double rating,

        @Schema(nullable = true, description = "RSI(14) of the last closed candle")
        Double rsi,

        @Schema(nullable = true) MacdState macd,
        @Schema(nullable = true) EmaTrend emaTrend,
        SignalStatus status,

        @Schema(nullable = true, description = "Why the symbol failed or was held back, e.g. stale_data, timeout")
        String reason,

        @Schema(nullable = true, description = "Open time of the candle the values belong to")
        Instant candleTime,

        @Schema(nullable = true, description = "Close time of that candle")
        Instant candleCloseTime,

        boolean stale,

        @Schema(description = "When the values were computed")
        Instant timestamp,

        @Schema(nullable = true, description = "Deep-analysis score 0-100, once complete")
        Double opportunityScore,

        @Schema(
                nullable = true,
                enumeration = {"live", "rest", "replay", "synthetic"},
                description = "Where the candles came from: live = the exchange's stream held in memory (no"
                        + " request), rest = asked from the exchange; null when the symbol failed before")
        DataOrigin data) {

    public ScanRow withStatus(SignalStatus newStatus, String newReason) {
        return copy(newStatus, newReason, opportunityScore);
    }

    /** The row once its deep analysis is done, with the opportunity score it found. */
    public ScanRow completed(double score) {
        return copy(SignalStatus.COMPLETE, null, score);
    }

    private ScanRow copy(SignalStatus newStatus, String newReason, Double score) {
        return new ScanRow(
                symbol,
                exchange,
                timeframe,
                price,
                change24h,
                volume24h,
                signal,
                strength,
                rating,
                rsi,
                macd,
                emaTrend,
                newStatus,
                newReason,
                candleTime,
                candleCloseTime,
                stale,
                timestamp,
                score,
                data);
    }

    /** Counted as a failure: no signal could be computed. */
    public boolean failed() {
        return status == SignalStatus.FAILED;
    }
}

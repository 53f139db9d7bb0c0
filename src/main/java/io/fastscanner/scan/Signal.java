package io.fastscanner.scan;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.MacdState;
import io.fastscanner.signal.SignalType;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * One symbol's row of a scan, as clients see it.
 *
 * @param price           close of the last closed candle ({@code candleTime})
 * @param change24h       price change over 24 h, percent
 * @param volume24h       traded value over 24 h, quote currency
 * @param rating          the vote model's rating in [-1, 1]
 * @param reason          why a signal failed or was held back ({@code stale_data}, {@code timeout}, ...)
 * @param candleTime      open time of the candle the values belong to
 * @param candleCloseTime close time of that candle
 * @param stale           the last closed candle is older than two intervals: the signal is HOLD and unscored
 * @param timestamp       when the values were computed
 * @param opportunityScore deep-analysis score 0-100, once complete
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Signal(String symbol, String exchange, String timeframe, Double price, Double change24h,
        Double volume24h, SignalType signal, int strength, Double rating, Double rsi, MacdState macd,
        EmaTrend emaTrend, SignalStatus status, String reason, Instant candleTime, Instant candleCloseTime,
        boolean stale, Instant timestamp, Double opportunityScore) {

    public Signal withStatus(SignalStatus newStatus, String newReason) {
        return new Signal(symbol, exchange, timeframe, price, change24h, volume24h, signal, strength, rating, rsi,
                macd, emaTrend, newStatus, newReason, candleTime, candleCloseTime, stale, timestamp,
                opportunityScore);
    }

    public Signal withOpportunityScore(Double score) {
        return new Signal(symbol, exchange, timeframe, price, change24h, volume24h, signal, strength, rating, rsi,
                macd, emaTrend, status, reason, candleTime, candleCloseTime, stale, timestamp, score);
    }
}

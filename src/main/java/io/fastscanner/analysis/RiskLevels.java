package io.fastscanner.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Stop-loss and take-profit for a trade on the last close, as set by {@link RiskLevelCalculator}.
 *
 * @param leaning            true when the signal was HOLD and the side only follows the sign of the rating
 * @param riskReward         {@code |takeProfit - entry| / |entry - stopLoss|}
 * @param atr                ATR(14) on the last candle
 * @param method             how the stop and the target were set, e.g. {@code swing_low / 2R}
 * @param swingLevel         the swing low (long) or high (short) the stop was placed beyond; null if none was found
 * @param takeProfitCappedBy the swing high (long) or low (short) the target was capped at; null if uncapped
 */
@RegisterForReflection
public record RiskLevels(
        Direction direction,
        boolean leaning,
        double entry,
        double stopLoss,
        double takeProfit,
        double riskReward,
        double atr,
        String method,
        @Schema(nullable = true) Double swingLevel,
        @Schema(nullable = true) Double takeProfitCappedBy) {}

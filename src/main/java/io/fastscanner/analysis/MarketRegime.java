package io.fastscanner.analysis;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The market regime of one symbol on one timeframe, as decided by {@link RegimeClassifier}.
 *
 * @param confidence    how clearly the rules of the chosen regime are met, in [0, 1]
 * @param trendStrength ADX(14) on the last candle
 * @param atrPercent    ATR(14) / close x 100 on the last candle
 * @param atrPercentile rank of {@code atrPercent} among the symbol's last 100 ATR% values, in [0, 100]
 * @param ema50Slope    mean percent change per candle of EMA(50) over the last 10 candles
 * @param ema200Slope   the same for EMA(200); null with fewer than 210 candles
 * @param reasons       the facts behind the decision, in words
 */
@RegisterForReflection
public record MarketRegime(
        Regime regime,
        double confidence,
        Volatility volatility,
        @Schema(nullable = true) Double trendStrength,
        @Schema(nullable = true) Double atrPercent,
        @Schema(nullable = true) Double atrPercentile,
        @Schema(nullable = true) Double ema50,
        @Schema(nullable = true) Double ema200,
        @Schema(nullable = true) Double ema50Slope,
        @Schema(nullable = true) Double ema200Slope,
        List<String> reasons) {}

package io.fastscanner.screens;

import static io.fastscanner.screens.ScreenField.flag;
import static io.fastscanner.screens.ScreenField.map;
import static io.fastscanner.screens.ScreenField.number;
import static io.fastscanner.screens.ScreenField.oneOf;

import io.fastscanner.analysis.Bias;
import io.fastscanner.analysis.Confluence;
import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.Direction;
import io.fastscanner.analysis.MarketRegime;
import io.fastscanner.analysis.Regime;
import io.fastscanner.analysis.RiskLevels;
import io.fastscanner.analysis.Volatility;
import io.fastscanner.analysis.ml.MlPrediction;
import io.fastscanner.scan.SymbolAnalysis;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The fields read from the deep analysis ({@code deepAnalysis} of the symbol endpoint); missing until it is done. */
final class DeepFields {

    private static final FieldSource DEEP = FieldSource.DEEP;

    private DeepFields() {}

    static List<ScreenField> all() {
        return List.of(
                number(
                        DEEP,
                        "opportunityScore",
                        "How attractive the setup is, 0-100",
                        deep(DeepAnalysis::opportunityScore)),
                oneOf(
                        DEEP,
                        "direction",
                        wire(Direction.values(), Direction::json),
                        "The side of the trade setup the stop-loss and take-profit are for",
                        risk(r -> map(r.direction(), Direction::json))),
                oneOf(
                        DEEP,
                        "regime",
                        wire(Regime.values(), Regime::json),
                        "The market regime on the scan's timeframe",
                        regime(m -> map(m.regime(), Regime::json))),
                number(
                        DEEP,
                        "regimeConfidence",
                        "How clearly the regime's rules are met, 0-1",
                        regime(MarketRegime::confidence)),
                oneOf(
                        DEEP,
                        "volatility",
                        wire(Volatility.values(), Volatility::json),
                        "ATR% of the last candle against the symbol's last 100 candles",
                        regime(m -> map(m.volatility(), Volatility::json))),
                number(DEEP, "atrPercent", "ATR(14) as a percent of the close", regime(MarketRegime::atrPercent)),
                number(
                        DEEP,
                        "confluence",
                        "How strongly the timeframes back their mean rating's side, 0-100",
                        confluence(Confluence::score)),
                oneOf(
                        DEEP,
                        "confluenceBias",
                        wire(Bias.values(), Bias::json),
                        "The side of the timeframes' mean rating",
                        confluence(c -> map(c.dominant(), Bias::json))),
                flag(
                        DEEP,
                        "confluenceAligned",
                        "At least two timeframes, and all say BUY or all say SELL",
                        confluence(Confluence::aligned)),
                number(
                        DEEP,
                        "riskReward",
                        "Distance to take-profit over distance to stop-loss",
                        risk(RiskLevels::riskReward)),
                number(DEEP, "stopLoss", "Stop-loss price", risk(RiskLevels::stopLoss)),
                number(DEEP, "takeProfit", "Take-profit price", risk(RiskLevels::takeProfit)),
                number(
                        DEEP,
                        "mlProbabilityUp",
                        "The ML model's probability that the close is higher after its horizon, 0-1",
                        deep(d -> map(d.mlPrediction(), MlPrediction::probabilityUp))));
    }

    private static <T> Function<SymbolAnalysis, T> deep(Function<DeepAnalysis, T> reader) {
        return a -> map(a.deepAnalysis(), reader);
    }

    private static <T> Function<SymbolAnalysis, T> regime(Function<MarketRegime, T> reader) {
        return deep(d -> map(d.marketRegime(), reader));
    }

    private static <T> Function<SymbolAnalysis, T> risk(Function<RiskLevels, T> reader) {
        return deep(d -> map(d.slTp(), reader));
    }

    private static <T> Function<SymbolAnalysis, T> confluence(Function<Confluence, T> reader) {
        return deep(d -> map(d.confluence(), reader));
    }

    private static <E> List<String> wire(E[] values, Function<E, String> spelling) {
        return Arrays.stream(values).map(spelling).toList();
    }
}

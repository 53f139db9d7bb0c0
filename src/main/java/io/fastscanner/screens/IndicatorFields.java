package io.fastscanner.screens;

import static io.fastscanner.screens.ScreenField.map;
import static io.fastscanner.screens.ScreenField.number;

import io.fastscanner.indicators.IndicatorSnapshot;
import io.fastscanner.scan.SymbolAnalysis;
import java.util.List;
import java.util.function.Function;

/**
 * The indicator values on the row's candle, named as the API's {@code indicators} names them except the MACD line,
 * which is {@code macdLine} here because {@code macd} is the row's MACD state.
 */
final class IndicatorFields {

    private IndicatorFields() {}

    static List<ScreenField> all() {
        return List.of(
                indicator("ema9", "EMA(9) of the close", IndicatorSnapshot::ema9),
                indicator("ema21", "EMA(21) of the close", IndicatorSnapshot::ema21),
                indicator("ema50", "EMA(50) of the close", IndicatorSnapshot::ema50),
                indicator("ema200", "EMA(200) of the close", IndicatorSnapshot::ema200),
                indicator("sma20", "SMA(20) of the close", IndicatorSnapshot::sma20),
                indicator("rsi14", "RSI(14), Wilder's, 0-100", IndicatorSnapshot::rsi14),
                indicator(
                        "macdLine",
                        "MACD(12,26,9) line: EMA(12) - EMA(26) (the API's indicators.macd)",
                        IndicatorSnapshot::macd),
                indicator("macdSignal", "MACD signal line: EMA(9) of the MACD line", IndicatorSnapshot::macdSignal),
                indicator("macdHistogram", "MACD line minus signal line", IndicatorSnapshot::macdHistogram),
                indicator("atr14", "ATR(14): average true range, in price units", IndicatorSnapshot::atr14),
                indicator("bbUpper", "Upper Bollinger band (20, 2)", IndicatorSnapshot::bbUpper),
                indicator("bbMiddle", "Middle Bollinger band: SMA(20)", IndicatorSnapshot::bbMiddle),
                indicator("bbLower", "Lower Bollinger band (20, 2)", IndicatorSnapshot::bbLower),
                indicator("adx14", "ADX(14): trend strength, above 20 is trending", IndicatorSnapshot::adx14),
                indicator("plusDi14", "+DI(14): upward directional movement", IndicatorSnapshot::plusDi14),
                indicator("minusDi14", "-DI(14): downward directional movement", IndicatorSnapshot::minusDi14),
                indicator("stochK", "Stochastic(14,3,3) %K, 0-100", IndicatorSnapshot::stochK),
                indicator("stochD", "Stochastic(14,3,3) %D: SMA(3) of %K", IndicatorSnapshot::stochD),
                indicator("obv", "On-balance volume", IndicatorSnapshot::obv));
    }

    private static ScreenField indicator(String name, String description, Function<IndicatorSnapshot, Double> reader) {
        Function<SymbolAnalysis, Double> read = a -> map(a.indicators(), reader);
        return number(FieldSource.INDICATORS, name, description, read);
    }
}

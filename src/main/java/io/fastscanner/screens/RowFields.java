package io.fastscanner.screens;

import static io.fastscanner.screens.ScreenField.flag;
import static io.fastscanner.screens.ScreenField.map;
import static io.fastscanner.screens.ScreenField.number;
import static io.fastscanner.screens.ScreenField.oneOf;
import static io.fastscanner.screens.ScreenField.text;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DataOrigin;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.MacdState;
import io.fastscanner.signal.SignalType;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The fields read from a scan row, with the values and spellings of the API's {@code signals}. */
final class RowFields {

    private static final FieldSource ROW = FieldSource.ROW;

    private RowFields() {}

    static List<ScreenField> all() {
        return List.of(
                text(
                        ROW,
                        "symbol",
                        "The pair as BASE/QUOTE, e.g. \"BTC/USDT\"",
                        row(r -> map(r.symbol(), MarketSymbol::toString))),
                text(ROW, "base", "The base asset, e.g. \"BTC\"", row(r -> map(r.symbol(), MarketSymbol::base))),
                text(ROW, "quote", "The quote asset, e.g. \"USDT\"", row(r -> map(r.symbol(), MarketSymbol::quote))),
                oneOf(
                        ROW,
                        "exchange",
                        wire(Exchange.values(), Exchange::id),
                        "Where the market data comes from",
                        row(r -> map(r.exchange(), Exchange::id))),
                oneOf(
                        ROW,
                        "timeframe",
                        wire(Timeframe.values(), Timeframe::label),
                        "The candle interval of the scan",
                        row(r -> map(r.timeframe(), Timeframe::label))),
                number(ROW, "price", "Last price: the ticker's, or the last close", row(ScanRow::price)),
                number(ROW, "change24h", "Price change over 24 h, percent", row(ScanRow::change24h)),
                number(ROW, "volume24h", "Traded value over 24 h, in the quote currency", row(ScanRow::volume24h)),
                oneOf(
                        ROW,
                        "signal",
                        wire(SignalType.values(), SignalType::name),
                        "The quick signal's verdict",
                        row(r -> map(r.signal(), SignalType::name))),
                number(ROW, "strength", "How strongly the indicator votes agree, 0-100", row(ScanRow::strength)),
                number(
                        ROW,
                        "rating",
                        "The vote model's rating, -1 (strong sell) to 1 (strong buy)",
                        row(ScanRow::rating)),
                number(ROW, "rsi", "RSI(14) of the last closed candle (the same as rsi14)", row(ScanRow::rsi)),
                oneOf(
                        ROW,
                        "macd",
                        wire(MacdState.values(), MacdState::json),
                        "MACD momentum: histogram above 0 and not shrinking is bullish",
                        row(r -> map(r.macd(), MacdState::json))),
                oneOf(
                        ROW,
                        "emaTrend",
                        wire(EmaTrend.values(), EmaTrend::json),
                        "Order of EMA 9, 21 and 50: EMA9 > EMA21 > EMA50 is bullish",
                        row(r -> map(r.emaTrend(), EmaTrend::json))),
                oneOf(
                        ROW,
                        "status",
                        wire(SignalStatus.values(), SignalStatus::json),
                        "Where the symbol's analysis stands",
                        row(r -> map(r.status(), SignalStatus::json))),
                flag(
                        ROW,
                        "stale",
                        "The last closed candle is older than two intervals (the signal is HOLD)",
                        row(ScanRow::stale)),
                oneOf(
                        ROW,
                        "data",
                        wire(DataOrigin.values(), DataOrigin::wire),
                        "Where the candles came from: live stream, request, replay or generated",
                        row(r -> map(r.data(), DataOrigin::wire))));
    }

    private static <T> Function<SymbolAnalysis, T> row(Function<ScanRow, T> reader) {
        return a -> map(a.row(), reader);
    }

    private static <E> List<String> wire(E[] values, Function<E, String> spelling) {
        return Arrays.stream(values).map(spelling).toList();
    }
}

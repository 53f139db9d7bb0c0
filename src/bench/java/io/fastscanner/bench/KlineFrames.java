package io.fastscanner.bench;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import java.util.Locale;
import java.util.Optional;

/**
 * Binance's kline stream names and combined-stream frames: {@code btcusdt@kline_1m}, and
 * {@code {"stream":"btcusdt@kline_1m","data":{"e":"kline","E":..,"s":"BTCUSDT","k":{"t":..,"T":..,...}}}} with the
 * decimals as text, as Binance writes them.
 */
final class KlineFrames {

    private static final String PREFIX = "@kline_";

    /** One stream: a listed symbol's candles on one interval. */
    record Stream(String name, MarketSymbol symbol, Timeframe timeframe) {}

    private KlineFrames() {}

    static String streamName(MarketSymbol symbol, Timeframe timeframe) {
        return symbol.exchangeSymbol().toLowerCase(Locale.ROOT) + PREFIX + timeframe.label();
    }

    /**
     * The stream a name denotes, when it is a well-formed kline stream of a USDT pair on an interval the market has
     * (Binance spells names in lower case); empty otherwise. Weekly candles are not simulated: Binance's open on
     * Mondays, the synthetic market's on the epoch's grid.
     */
    static Optional<Stream> parse(String name) {
        int at = name.indexOf(PREFIX);
        if (at <= 0 || !name.equals(name.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String symbol = name.substring(0, at).toUpperCase(Locale.ROOT);
        Optional<Timeframe> timeframe = Timeframe.fromLabel(name.substring(at + PREFIX.length()));
        if (!symbol.endsWith("USDT") || timeframe.isEmpty() || timeframe.get() == Timeframe.W1) {
            return Optional.empty();
        }
        return MarketSymbol.parse(symbol).map(s -> new Stream(name, s, timeframe.get()));
    }

    /** One update of a stream's candle; {@code closed}: its final update ({@code "x":true}). */
    static String frame(Stream stream, Candle c, boolean closed, long eventTimeMs) {
        long interval = stream.timeframe().millis();
        double typical = (c.high() + c.low() + c.close()) / 3;
        String symbol = stream.symbol().exchangeSymbol();
        long firstTrade = c.openTimeMs() / 1000; // any increasing ids will do
        return new StringBuilder(420)
                .append("{\"stream\":\"")
                .append(stream.name())
                .append("\",\"data\":{\"e\":\"kline\",\"E\":")
                .append(eventTimeMs)
                .append(",\"s\":\"")
                .append(symbol)
                .append("\",\"k\":{\"t\":")
                .append(c.openTimeMs())
                .append(",\"T\":")
                .append(c.openTimeMs() + interval - 1)
                .append(",\"s\":\"")
                .append(symbol)
                .append("\",\"i\":\"")
                .append(stream.timeframe().label())
                .append("\",\"f\":")
                .append(firstTrade)
                .append(",\"L\":")
                .append(firstTrade + 999)
                .append(",\"o\":\"")
                .append(CandleRows.plain(c.open()))
                .append("\",\"c\":\"")
                .append(CandleRows.plain(c.close()))
                .append("\",\"h\":\"")
                .append(CandleRows.plain(c.high()))
                .append("\",\"l\":\"")
                .append(CandleRows.plain(c.low()))
                .append("\",\"v\":\"")
                .append(CandleRows.plain(c.volume()))
                .append("\",\"n\":1000,\"x\":")
                .append(closed)
                .append(",\"q\":\"")
                .append(CandleRows.plain(c.volume() * typical))
                .append("\",\"V\":\"")
                .append(CandleRows.plain(c.volume() / 2))
                .append("\",\"Q\":\"")
                .append(CandleRows.plain(c.volume() * typical / 2))
                .append("\",\"B\":\"0\"}}}")
                .toString();
    }
}

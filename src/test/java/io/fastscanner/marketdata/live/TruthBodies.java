package io.fastscanner.marketdata.live;

import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.binance.BinanceFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The market's answers in each exchange's documented REST shape: Binance's {@code exchangeInfo}, 24 h tickers and
 * {@code klines} (the newest {@code limit} rows, the forming one last), Bybit's {@code /v5/market/kline} and OKX's
 * {@code /api/v5/market/candles} (the rows of the asked open times, newest first, the forming one unconfirmed).
 */
final class TruthBodies {

    private final MarketTruth market;

    TruthBodies(MarketTruth market) {
        this.market = market;
    }

    String binanceExchangeInfo() {
        return BinanceFixtures.exchangeInfo(market.binanceBases());
    }

    /** Every symbol's ticker: the last price is the close of its forming hourly candle, the first base trades most. */
    String binanceTickers() {
        List<String> bases = market.binanceBases();
        long now = market.nowMs();
        long forming = market.formingOpen(MarketTruth.HOUR);
        return IntStream.range(0, bases.size())
                .mapToObj(i -> String.format(
                        Locale.ROOT,
                        "{\"symbol\":\"%sUSDT\",\"lastPrice\":\"%s\",\"priceChangePercent\":\"1.5\","
                                + "\"quoteVolume\":\"%d\",\"closeTime\":%d}",
                        bases.get(i),
                        market.hourly(bases.get(i) + "USDT", forming).close(),
                        1_000_000_000L - i * 1000L,
                        now))
                .collect(Collectors.joining(",", "[", "]"));
    }

    String binanceKlines(String symbol, String interval, int limit) {
        long step = Timeframe.fromJson(interval).millis();
        long forming = market.formingOpen(step);
        return market.candles(symbol, step, forming - (limit - 1) * step, forming).stream()
                .map(c -> String.format(
                        Locale.ROOT,
                        "[%d,\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",%d,\"%s\",10,\"0\",\"0\",\"0\"]",
                        c.openMs(),
                        c.open(),
                        c.high(),
                        c.low(),
                        c.close(),
                        c.volume(),
                        c.closeTimeMs(),
                        c.turnover()))
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** {@code interval}: minutes ({@code 60}), or {@code D} / {@code W}. */
    String bybitKlines(String symbol, String interval, long start, long end, int limit) {
        long step = interval.equals("D")
                ? Timeframe.D1.millis()
                : interval.equals("W") ? Timeframe.W1.millis() : Long.parseLong(interval) * 60_000L;
        String rows = newestFirst(symbol, step, start, end, limit).stream()
                .map(c -> String.format(
                        Locale.ROOT,
                        "[\"%d\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"]",
                        c.openMs(),
                        c.open(),
                        c.high(),
                        c.low(),
                        c.close(),
                        c.volume(),
                        c.turnover()))
                .collect(Collectors.joining(","));
        return "{\"retCode\":0,\"retMsg\":\"OK\",\"result\":{\"symbol\":\"" + symbol
                + "\",\"category\":\"spot\",\"list\":[" + rows + "]},\"retExtInfo\":{},\"time\":" + market.nowMs()
                + "}";
    }

    /** {@code bar}: {@code 1H}, {@code 15m}, {@code 1Dutc}...; {@code before} and {@code after} exclusive. */
    String okxCandles(String instId, String bar, long before, long after, int limit) {
        long step = Timeframe.fromJson(bar.replace("utc", "")
                        .replace("H", "h")
                        .replace("D", "d")
                        .replace("W", "w"))
                .millis();
        long forming = market.formingOpen(step);
        String rows = newestFirst(instId.replace("-", ""), step, before + 1, after - 1, limit).stream()
                .map(c -> String.format(
                        Locale.ROOT,
                        "[\"%d\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"]",
                        c.openMs(),
                        c.open(),
                        c.high(),
                        c.low(),
                        c.close(),
                        c.volume(),
                        c.turnover(),
                        c.turnover(),
                        c.openMs() < forming ? "1" : "0"))
                .collect(Collectors.joining(","));
        return "{\"code\":\"0\",\"msg\":\"\",\"data\":[" + rows + "]}";
    }

    /** The candles opening in [from, to] up to the forming one, at most {@code limit}, the newest first. */
    private List<TruthCandle> newestFirst(String symbol, long step, long from, long to, int limit) {
        long last = Math.min(to - Math.floorMod(to, step), market.formingOpen(step));
        List<TruthCandle> rows = new ArrayList<>();
        for (long t = last; t >= from && rows.size() < limit; t -= step) {
            rows.add(market.candle(symbol, step, t));
        }
        return rows;
    }
}

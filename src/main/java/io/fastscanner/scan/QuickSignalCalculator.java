package io.fastscanner.scan;

import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.Rating;
import io.fastscanner.signal.SignalType;
import io.fastscanner.signal.TechnicalRating;
import java.time.Instant;

/**
 * Turns one symbol's closed candles into its quick signal. A series whose last closed candle is older than
 * {@value #STALE_AFTER_INTERVALS} intervals at the source's clock is stale: HOLD, strength 0, no indicator values.
 */
public final class QuickSignalCalculator {

    public static final int STALE_AFTER_INTERVALS = 2;

    private QuickSignalCalculator() {}

    /**
     * @param liveSource whether {@code exchange} is asked now (not replayed): with {@code series} it says where the
     *                   candles came from
     */
    public static SymbolAnalysis analyse(
            CandleSeries series,
            Ticker24h ticker,
            Exchange exchange,
            boolean liveSource,
            Instant now,
            Instant computedAt) {
        MarketSymbol symbol = series.symbol();
        Timeframe tf = series.timeframe();
        if (series.isEmpty()) {
            return SymbolAnalysis.failed(
                    failed(symbol, exchange, tf, "no_data: no closed " + tf + " candles", computedAt));
        }
        Instant candleTime = Instant.ofEpochMilli(series.openTime(series.size() - 1));
        Instant candleClose = Instant.ofEpochMilli(series.lastCloseTimeMs());
        double close = series.closes()[series.size() - 1];
        Double price = ticker != null ? ticker.lastPrice() : close;
        Double change = ticker != null ? ticker.changePercent() : null;
        Double volume = ticker != null ? ticker.quoteVolume() : null;
        if (now.toEpochMilli() - series.lastCloseTimeMs() > STALE_AFTER_INTERVALS * tf.millis()) {
            ScanRow stale = new ScanRow(
                    symbol,
                    exchange,
                    tf,
                    close,
                    change,
                    volume,
                    SignalType.HOLD,
                    0,
                    null,
                    null,
                    null,
                    null,
                    SignalStatus.QUICK_SCAN,
                    "stale_data",
                    candleTime,
                    candleClose,
                    true,
                    computedAt,
                    null,
                    DataOrigin.of(series, exchange, liveSource));
            return SymbolAnalysis.failed(stale);
        }
        if (series.size() < TechnicalRating.MIN_CANDLES) {
            return SymbolAnalysis.failed(failed(
                    symbol,
                    exchange,
                    tf,
                    "insufficient_data: " + series.size() + " closed " + tf + " candles, need "
                            + TechnicalRating.MIN_CANDLES,
                    computedAt));
        }
        IndicatorSeries ind = IndicatorSeries.compute(
                series.opens(), series.highs(), series.lows(), series.closes(), series.volumes());
        Rating rating = TechnicalRating.rate(ind);
        int last = series.size() - 1;
        double rsi = ind.rsi14()[last];
        ScanRow row = new ScanRow(
                symbol,
                exchange,
                tf,
                price,
                change,
                volume,
                rating.signal(),
                rating.strength(),
                rating.rating(),
                Double.isNaN(rsi) ? null : rsi,
                rating.macd(),
                rating.emaTrend(),
                SignalStatus.QUICK_SCAN,
                null,
                candleTime,
                candleClose,
                false,
                computedAt,
                null,
                DataOrigin.of(series, exchange, liveSource));
        return new SymbolAnalysis(row, ind.at(last), rating, null);
    }

    public static ScanRow failed(MarketSymbol symbol, Exchange exchange, Timeframe tf, String reason, Instant at) {
        return new ScanRow(
                symbol,
                exchange,
                tf,
                null,
                null,
                null,
                SignalType.HOLD,
                0,
                null,
                null,
                null,
                null,
                SignalStatus.FAILED,
                reason,
                null,
                null,
                false,
                at,
                null,
                null);
    }
}

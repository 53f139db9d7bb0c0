package io.fastscanner.scorecard.ledger;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.Direction;
import io.fastscanner.analysis.Opportunity;
import io.fastscanner.analysis.RiskLevels;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DataOrigin;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rows, deep analyses, signals and hourly candles for the ledger's tests. */
final class Recorded {

    static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");
    static final Instant T0 = Instant.parse("2026-04-21T10:00:00Z");
    static final long HOUR = Timeframe.H1.millis();
    static final List<Integer> HORIZONS = List.of(1, 4, 24);

    private Recorded() {}

    static Instant hours(int n) {
        return T0.plusMillis(n * HOUR);
    }

    /** A quick row of {@code symbol} on the hourly candle opened {@code candle} hours after T0. */
    static ScanRow row(MarketSymbol symbol, int candle, SignalType signal, int strength) {
        return new ScanRow(
                symbol,
                Exchange.BINANCE,
                Timeframe.H1,
                100.5,
                1.0,
                1e6,
                signal,
                strength,
                signal == SignalType.SELL ? -strength / 100.0 : strength / 100.0,
                55.0,
                null,
                null,
                SignalStatus.QUICK_SCAN,
                null,
                hours(candle),
                hours(candle + 1),
                false,
                hours(candle + 1),
                null,
                DataOrigin.REST);
    }

    /** A row whose last closed candle is too old: HOLD, unscored. */
    static ScanRow stale(MarketSymbol symbol, int candle) {
        ScanRow r = row(symbol, candle, SignalType.HOLD, 0);
        return new ScanRow(
                r.symbol(),
                r.exchange(),
                r.timeframe(),
                r.price(),
                r.change24h(),
                r.volume24h(),
                SignalType.HOLD,
                0,
                null,
                null,
                null,
                null,
                SignalStatus.QUICK_SCAN,
                "stale_data",
                r.candleTime(),
                r.candleCloseTime(),
                true,
                r.timestamp(),
                null,
                r.data());
    }

    static PastSignal signal(MarketSymbol symbol, int candle, SignalType signal) {
        return LedgerEntries.fromRow(row(symbol, candle, signal, 40), HORIZONS).orElseThrow();
    }

    static PastSignal signal(Exchange exchange, MarketSymbol symbol, int candle) {
        PastSignal s = signal(symbol, candle, SignalType.BUY);
        return new PastSignal(
                exchange,
                s.symbol(),
                s.timeframe(),
                s.candleTime(),
                s.signal(),
                s.strength(),
                s.rating(),
                s.price(),
                null,
                null,
                null,
                List.of(),
                s.pendingHorizons());
    }

    static DeepAnalysis deep(Direction direction, boolean leaning, double stop, double target, int score) {
        RiskLevels levels = new RiskLevels(
                direction,
                leaning,
                100,
                stop,
                target,
                Math.abs(target - 100) / Math.abs(100 - stop),
                1.5,
                "atr",
                null,
                null);
        return DeepAnalysis.of(
                Timeframe.H1,
                hours(1),
                new Opportunity(score, direction, List.of(), List.of()),
                null,
                levels,
                null,
                null);
    }

    /** Hourly candles from T0, one per (low, high, close) triple; the first is the signal's candle. */
    static CandleSeries candles(double... lowHighClose) {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < lowHighClose.length; i += 3) {
            long open = T0.toEpochMilli() + (i / 3) * HOUR;
            candles.add(new Candle(open, 100, lowHighClose[i + 1], lowHighClose[i], lowHighClose[i + 2], 1));
        }
        return CandleSeries.of(BTC, Timeframe.H1, candles);
    }

    /** {@code count} hourly candles from T0, the first closing at 100, each a little higher. */
    static CandleSeries rising(int count) {
        double[] triples = new double[count * 3];
        for (int i = 0; i < count; i++) {
            double close = 100 + i;
            triples[i * 3] = close - 0.5;
            triples[i * 3 + 1] = close + 0.5;
            triples[i * 3 + 2] = close;
        }
        return candles(triples);
    }
}

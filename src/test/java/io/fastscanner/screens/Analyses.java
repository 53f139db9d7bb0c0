package io.fastscanner.screens;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.DeepAnalyzer;
import io.fastscanner.analysis.RiskSettings;
import io.fastscanner.analysis.ml.MlPrediction;
import io.fastscanner.indicators.IndicatorSnapshot;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DataOrigin;
import io.fastscanner.scan.QuickSignalCalculator;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.scan.SymbolAnalysis;
import io.fastscanner.signal.EmaTrend;
import io.fastscanner.signal.MacdState;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.Map;

/** Symbol analyses to run screens on. */
final class Analyses {

    static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final Instant AT = Instant.parse("2026-04-21T00:00:00Z");

    private Analyses() {}

    /** BTC/USDT on 1h from the bundled replay, as after a complete scan: quick signal and deep analysis. */
    static SymbolAnalysis btcComplete() {
        ReplayDataSet data = ReplayDataSet.bundled();
        CandleSeries h1 = data.series(BTC, Timeframe.H1).orElseThrow().last(500);
        CandleSeries h4 = data.series(BTC, Timeframe.H4).orElseThrow().last(500);
        Instant now = Instant.ofEpochMilli(h1.lastCloseTimeMs());
        double close = h1.closes()[h1.size() - 1];
        Ticker24h ticker = new Ticker24h(BTC, close, 1.25, 3.5e8, now.toEpochMilli());
        SymbolAnalysis quick = QuickSignalCalculator.analyse(h1, ticker, Exchange.REPLAY, false, now, now);
        MlPrediction ml =
                new MlPrediction(MlPrediction.MODEL, 4, "1h", 0.62, MlPrediction.UP, now, 5000, null, true, "edge");
        DeepAnalysis deep = DeepAnalyzer.analyse(
                h1, Map.of(Timeframe.H1, h1, Timeframe.H4, h4), quick.rating(), RiskSettings.DEFAULTS, ml, now);
        return new SymbolAnalysis(
                quick.row().completed(deep.opportunityScore()), quick.indicators(), quick.rating(), deep);
    }

    /** Nothing at all: no row, no indicators, no deep analysis. */
    static SymbolAnalysis nothing() {
        return new SymbolAnalysis(null, null, null, null);
    }

    /** A row whose every nullable value is null, with empty indicators and no deep analysis. */
    static SymbolAnalysis blankRow() {
        ScanRow row = new ScanRow(
                null, null, null, null, null, null, null, 0, null, null, null, null, null, null, null, null, false,
                null, null, null);
        IndicatorSnapshot none = new IndicatorSnapshot(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
        return new SymbolAnalysis(row, none, null, null);
    }

    /** A quick-scan row with the given values; its indicators hold only {@code rsi14}, ema9 and ema21. */
    static SymbolAnalysis quick(SignalType signal, Double rsi, Double volume24h, EmaTrend trend, boolean stale) {
        ScanRow row = new ScanRow(
                BTC,
                Exchange.BINANCE,
                Timeframe.H1,
                75_000.0,
                2.5,
                volume24h,
                signal,
                40,
                0.4,
                rsi,
                MacdState.BULLISH,
                trend,
                SignalStatus.QUICK_SCAN,
                null,
                AT,
                AT.plusSeconds(3600),
                stale,
                AT,
                null,
                DataOrigin.REST);
        IndicatorSnapshot indicators = new IndicatorSnapshot(
                75_100.0, 74_900.0, null, null, null, rsi, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
        return new SymbolAnalysis(row, indicators, null, null);
    }
}

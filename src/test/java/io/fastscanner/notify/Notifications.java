package io.fastscanner.notify;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.Direction;
import io.fastscanner.analysis.MarketRegime;
import io.fastscanner.analysis.Opportunity;
import io.fastscanner.analysis.Regime;
import io.fastscanner.analysis.RiskLevels;
import io.fastscanner.analysis.Volatility;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.DataOrigin;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.schedule.AlertKind;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.List;

/** Notifications for the tests: an alert with its row and deep analysis, or without them. */
final class Notifications {

    static final Instant TIME = Instant.parse("2026-04-21T10:00:00Z");

    private Notifications() {}

    static ScanRow row() {
        return new ScanRow(
                MarketSymbol.of("BTC", "USDT"),
                Exchange.BINANCE,
                Timeframe.H1,
                64250.5,
                2.345,
                1.5e9,
                SignalType.BUY,
                72,
                0.72,
                61.27,
                null,
                null,
                SignalStatus.COMPLETE,
                null,
                TIME.minusSeconds(3600),
                TIME,
                false,
                TIME,
                81.0,
                DataOrigin.LIVE);
    }

    static DeepAnalysis deep() {
        MarketRegime regime = new MarketRegime(
                Regime.BULL, 0.8, Volatility.MEDIUM, 28.0, 1.2, 40.0, 63000.0, 60000.0, 0.1, 0.05, List.of());
        RiskLevels risk = new RiskLevels(
                Direction.LONG, false, 64250.5, 62900.0, 66951.5, 2.0, 900.0, "swing_low / 2R", 63000.0, null);
        return DeepAnalysis.of(
                Timeframe.H1,
                TIME,
                new Opportunity(83, Direction.LONG, List.of(), List.of()),
                regime,
                risk,
                null,
                null);
    }

    static Notification full(String alertId) {
        return new Notification(
                alertId,
                AlertKind.SIGNAL_FLIP,
                "signal HOLD -> BUY",
                MarketSymbol.of("BTC", "USDT"),
                Exchange.BINANCE,
                Timeframe.H1,
                TIME,
                "scan-42",
                "HOLD",
                "BUY",
                row(),
                deep(),
                false);
    }

    static Notification bare(String alertId) {
        return new Notification(
                alertId,
                AlertKind.PRICE_MOVE,
                "price +3.1%",
                MarketSymbol.of("ETH", "USDT"),
                Exchange.BYBIT,
                Timeframe.M15,
                TIME,
                "scan-43",
                null,
                null,
                null,
                null,
                false);
    }
}

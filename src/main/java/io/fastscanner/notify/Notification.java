package io.fastscanner.notify;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.schedule.Alert;
import io.fastscanner.schedule.AlertKind;
import java.time.Instant;
import java.util.Objects;

/**
 * What one notification says: an alert, the scan row it was raised on and the symbol's deep analysis when there is
 * one. Channels render it through their {@link MessageTemplate}; webhooks also send its fields as JSON.
 *
 * @param alertId  the alert's id ({@code <epochMillis>-<sequence>}), or {@code test-...} for a test notification
 * @param previous the value in the previous scan, as text; null when unknown
 * @param current  the value now, as text; null when unknown
 * @param row      the symbol's row of the scan; null when not at hand
 * @param deep     the symbol's deep analysis; null when not (yet) done
 * @param test     sent by a channel test, not raised by a scan
 */
public record Notification(
        String alertId,
        AlertKind kind,
        String message,
        MarketSymbol symbol,
        Exchange exchange,
        Timeframe timeframe,
        Instant time,
        String scanId,
        String previous,
        String current,
        ScanRow row,
        DeepAnalysis deep,
        boolean test) {

    public Notification {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(time, "time");
    }

    /** The notification of {@code alert}, with the row and deep analysis of its symbol when they are known. */
    public static Notification of(Alert alert, ScanRow row, DeepAnalysis deep) {
        return new Notification(
                alert.id().toString(),
                alert.kind(),
                alert.message(),
                alert.symbol(),
                alert.exchange(),
                alert.timeframe(),
                alert.timestamp(),
                alert.scanId(),
                alert.previous(),
                alert.current(),
                row,
                deep,
                false);
    }

    /** The notification a channel test sends: no scan behind it, so no row and no deep analysis. */
    public static Notification test(Instant now) {
        return new Notification(
                "test-" + now.toEpochMilli(),
                AlertKind.SIGNAL_FLIP,
                "Test notification from Fast Scanner: this channel works",
                MarketSymbol.of("BTC", "USDT"),
                Exchange.BINANCE,
                Timeframe.H1,
                now,
                null,
                null,
                null,
                null,
                null,
                true);
    }
}

package io.fastscanner.notify;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.RiskLevels;
import io.fastscanner.scan.ScanRow;

/**
 * The JSON body a webhook receives (see docs/notifications.md): the delivery's ids, the notification's fields and
 * {@code text}, the channel's template rendered. Every field is always present; unknown values are null.
 *
 * @param deliveryId the same as the {@code X-Delivery-Id} header, and the same on every attempt
 * @param kind       {@code signal_flip}, {@code strength_change}, {@code price_move}, {@code rsi_cross},
 *                   {@code regime_change}
 * @param time       when the alert was raised, ISO-8601 UTC
 * @param row        the scan row's values; null when not at hand
 * @param deep       the deep analysis's values; null when there is none
 */
public record WebhookPayload(
        String deliveryId,
        String channelId,
        boolean test,
        String alertId,
        String kind,
        String message,
        String symbol,
        String exchange,
        String timeframe,
        String time,
        String scanId,
        String previous,
        String current,
        Row row,
        Deep deep,
        String text) {

    /** The scan row's values. {@code signal} is BUY, SELL or HOLD; {@code data} live, rest, replay or synthetic. */
    public record Row(
            String signal,
            int strength,
            Double rating,
            Double price,
            Double change24h,
            Double volume24h,
            Double rsi,
            String data) {

        static Row of(ScanRow row) {
            return row == null
                    ? null
                    : new Row(
                            text(row.signal()),
                            row.strength(),
                            finite(row.rating()),
                            finite(row.price()),
                            finite(row.change24h()),
                            finite(row.volume24h()),
                            finite(row.rsi()),
                            row.data() == null ? null : row.data().wire());
        }
    }

    /** The deep analysis's values. {@code regime} is bull, bear, ranging or volatile; {@code direction} long or short. */
    public record Deep(
            int opportunityScore,
            String regime,
            String direction,
            Double entry,
            Double stopLoss,
            Double takeProfit,
            Double riskReward) {

        static Deep of(DeepAnalysis deep) {
            if (deep == null) {
                return null;
            }
            RiskLevels risk = deep.slTp();
            return new Deep(
                    deep.opportunityScore(),
                    deep.marketRegime() == null
                            ? null
                            : deep.marketRegime().regime().json(),
                    risk == null ? null : risk.direction().json(),
                    risk == null ? null : finite(risk.entry()),
                    risk == null ? null : finite(risk.stopLoss()),
                    risk == null ? null : finite(risk.takeProfit()),
                    risk == null ? null : finite(risk.riskReward()));
        }
    }

    static WebhookPayload of(String deliveryId, String channelId, Notification n, String text) {
        return new WebhookPayload(
                deliveryId,
                channelId,
                n.test(),
                n.alertId(),
                n.kind().json(),
                n.message(),
                text(n.symbol()),
                text(n.exchange()),
                text(n.timeframe()),
                n.time().toString(),
                n.scanId(),
                n.previous(),
                n.current(),
                Row.of(n.row()),
                Deep.of(n.deep()),
                text);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Double finite(Double value) {
        return value == null || value.isNaN() || value.isInfinite() ? null : value;
    }
}

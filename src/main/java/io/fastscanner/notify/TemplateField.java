package io.fastscanner.notify;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.RiskLevels;
import io.fastscanner.scan.ScanRow;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The placeholders a {@link MessageTemplate} may use, each read from a {@link Notification}: the alert's fields, the
 * scan row's and the deep analysis's. A value that is not known (no row, no deep analysis yet) is written
 * {@value Formats#ABSENT}.
 */
public enum TemplateField {
    // the alert
    KIND("kind", n -> n.kind().json()),
    MESSAGE("message", Notification::message),
    SYMBOL("symbol", n -> Formats.text(n.symbol())),
    EXCHANGE("exchange", n -> Formats.text(n.exchange())),
    TIMEFRAME("timeframe", n -> Formats.text(n.timeframe())),
    TIME("time", n -> n.time().toString()),
    ALERT_ID("alertId", Notification::alertId),
    SCAN_ID("scanId", n -> Formats.text(n.scanId())),
    PREVIOUS("previous", n -> Formats.text(n.previous())),
    CURRENT("current", n -> Formats.text(n.current())),
    // the scan row
    SIGNAL("signal", n -> row(n, r -> Formats.text(r.signal()))),
    STRENGTH("strength", n -> row(n, r -> String.valueOf(r.strength()))),
    RATING("rating", n -> row(n, r -> Formats.decimal(r.rating(), 2))),
    PRICE("price", n -> row(n, r -> Formats.price(r.price()))),
    CHANGE_24H("change24h", n -> row(n, r -> Formats.decimal(r.change24h(), 2))),
    VOLUME_24H("volume24h", n -> row(n, r -> Formats.decimal(r.volume24h(), 0))),
    RSI("rsi", n -> row(n, r -> Formats.decimal(r.rsi(), 1))),
    DATA("data", n -> row(n, r -> r.data() == null ? Formats.ABSENT : r.data().wire())),
    // the deep analysis
    OPPORTUNITY_SCORE("opportunityScore", TemplateField::opportunityScore),
    REGIME(
            "regime",
            n -> deep(
                    n,
                    d -> d.marketRegime() == null
                            ? Formats.ABSENT
                            : d.marketRegime().regime().json())),
    STOP_LOSS("stopLoss", n -> risk(n, r -> Formats.price(r.stopLoss()))),
    TAKE_PROFIT("takeProfit", n -> risk(n, r -> Formats.price(r.takeProfit()))),
    RISK_REWARD("riskReward", n -> risk(n, r -> Formats.decimal(r.riskReward(), 2)));

    private final String placeholder;
    private final Function<Notification, String> reader;

    TemplateField(String placeholder, Function<Notification, String> reader) {
        this.placeholder = placeholder;
        this.reader = reader;
    }

    /** The name written between the braces, e.g. {@code change24h}. */
    public String placeholder() {
        return placeholder;
    }

    /** This field's value in {@code notification}, as text. */
    public String valueIn(Notification notification) {
        return reader.apply(notification);
    }

    public static Optional<TemplateField> of(String placeholder) {
        return Arrays.stream(values())
                .filter(f -> f.placeholder.equals(placeholder))
                .findFirst();
    }

    /** Every placeholder, comma-separated, for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(TemplateField::placeholder).collect(Collectors.joining(", "));
    }

    private static String row(Notification n, Function<ScanRow, String> read) {
        return n.row() == null ? Formats.ABSENT : read.apply(n.row());
    }

    private static String deep(Notification n, Function<DeepAnalysis, String> read) {
        return n.deep() == null ? Formats.ABSENT : read.apply(n.deep());
    }

    private static String risk(Notification n, Function<RiskLevels, String> read) {
        return deep(n, d -> d.slTp() == null ? Formats.ABSENT : read.apply(d.slTp()));
    }

    private static String opportunityScore(Notification n) {
        if (n.deep() != null) {
            return String.valueOf(n.deep().opportunityScore());
        }
        return row(n, r -> Formats.decimal(r.opportunityScore(), 0));
    }
}

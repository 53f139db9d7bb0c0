package io.fastscanner.marketdata;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** A candle interval, named as Binance names it ({@code 15m}, {@code 1h}, ...). */
public enum Timeframe {
    M1("1m", Duration.ofMinutes(1)),
    M5("5m", Duration.ofMinutes(5)),
    M15("15m", Duration.ofMinutes(15)),
    M30("30m", Duration.ofMinutes(30)),
    H1("1h", Duration.ofHours(1)),
    H2("2h", Duration.ofHours(2)),
    H4("4h", Duration.ofHours(4)),
    H6("6h", Duration.ofHours(6)),
    H12("12h", Duration.ofHours(12)),
    D1("1d", Duration.ofDays(1)),
    W1("1w", Duration.ofDays(7));

    private final String label;
    private final Duration duration;

    Timeframe(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public Duration duration() {
        return duration;
    }

    public long millis() {
        return duration.toMillis();
    }

    /** Close time of the candle open at {@code epochMs}: weekly candles start on Mondays, the others on the epoch. */
    public long nextCloseAfter(long epochMs) {
        long offset = this == W1 ? Duration.ofDays(4).toMillis() : 0;
        return (Math.floorDiv(epochMs - offset, millis()) + 1) * millis() + offset;
    }

    public static Optional<Timeframe> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(t -> t.label.equals(label.trim())).findFirst();
    }

    @JsonCreator
    public static Timeframe fromJson(String label) {
        return fromLabel(label).orElseThrow(() -> new IllegalArgumentException("not a timeframe: " + label));
    }

    public static String labels() {
        return Arrays.stream(values()).map(Timeframe::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label;
    }
}

package io.fastscanner.marketdata.exchanges.kucoin;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import java.util.List;

/**
 * Daily candles from {@code firstDay} on, each with the prices and volume of a row of the recorded answer in turn
 * (the recorded rows shifted in time), answered newest first like KuCoin.
 */
record KucoinDays(long firstDay) {

    private static final List<List<String>> ROWS = List.of(
            List.of("43396.4", "43369.4", "43491.9", "43285.2", "135.02905655"),
            List.of("43501.1", "43396.4", "43598.9", "43305.2", "101.11170513"),
            List.of("43383.7", "43501", "43521.9", "43222.8", "101.30420492"));

    long open(int day) {
        return firstDay + day * Timeframe.D1.millis();
    }

    Candle candle(int day) {
        List<String> r = ROWS.get(day % ROWS.size());
        return new Candle(
                open(day),
                Double.parseDouble(r.get(0)),
                Double.parseDouble(r.get(2)),
                Double.parseDouble(r.get(3)),
                Double.parseDouble(r.get(1)),
                Double.parseDouble(r.get(4)));
    }

    /** The answer for days {@code from} to {@code from + count - 1}. */
    String json(int from, int count) {
        StringBuilder rows = new StringBuilder();
        for (int day = from + count - 1; day >= from; day--) {
            List<String> r = ROWS.get(day % ROWS.size());
            rows.append(rows.length() == 0 ? "" : ",")
                    .append("[\"")
                    .append(open(day) / 1000)
                    .append("\",\"")
                    .append(String.join("\",\"", r))
                    .append("\",\"1\"]");
        }
        return "{\"code\":\"200000\",\"data\":[" + rows + "]}";
    }

    /** The week made of days {@code 7 * week} to {@code 7 * week + 6}. */
    Candle week(int week) {
        Candle first = candle(7 * week);
        double high = first.high();
        double low = first.low();
        double volume = 0;
        for (int day = 7 * week; day < 7 * week + 7; day++) {
            high = Math.max(high, candle(day).high());
            low = Math.min(low, candle(day).low());
            volume += candle(day).volume();
        }
        return new Candle(
                first.openTimeMs(),
                first.open(),
                high,
                low,
                candle(7 * week + 6).close(),
                volume);
    }
}

package io.fastscanner.marketdata.exchanges.kucoin;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KuCoin's candles ({@code GET /api/v1/market/candles}, https://www.kucoin.com/docs-new, "Get Klines"):
 * <ul>
 * <li>{@code type}: {@code 1min 3min 5min 15min 30min 1hour 2hour 4hour 6hour 8hour 12hour 1day 1week 1month}.
 * {@code 1week} is not used: KuCoin's weeks start on Thursday 00:00 UTC, the epoch's weekday (issues #350 and #373 of
 * github.com/Kucoin/kucoin-api-docs), ours on Monday, so weekly candles are built from {@code 1day};</li>
 * <li>{@code startAt}/{@code endAt} in epoch seconds, at most {@value #MAX_ROWS} rows per answer. The docs do not say
 * whether either end is inclusive; the recorded answer (ccxt static test, {@code startAt=1706628191},
 * {@code endAt=1706638991}) shows both compare candle open times: the 15:00 candle that contains {@code startAt} is
 * left out, the 18:00 candle that closes after {@code endAt} is in. So the request asks from one second before the
 * first wanted open time to one second after the last: both ends are in, inclusive or not, and the neighbours, a
 * whole interval away, are out;</li>
 * <li>rows {@code [time (s), open, close, high, low, volume (base), turnover (quote)]}, all strings, newest first:
 * close comes before high and low;</li>
 * <li>no mark for the forming candle (the newest row may still be forming; the source drops it by time), and no row
 * for an interval without trades ("Klines data may be incomplete. No data is published for intervals where there are
 * no ticks.").</li>
 * </ul>
 */
final class KucoinCandles {

    static final int MAX_ROWS = 1500;

    private static final Map<Timeframe, String> TYPES = new EnumMap<>(Map.of(
            Timeframe.M1, "1min",
            Timeframe.M5, "5min",
            Timeframe.M15, "15min",
            Timeframe.M30, "30min",
            Timeframe.H1, "1hour",
            Timeframe.H2, "2hour",
            Timeframe.H4, "4hour",
            Timeframe.H6, "6hour",
            Timeframe.H12, "12hour",
            Timeframe.D1, "1day"));

    private static final int TIME = 0;
    private static final int OPEN = 1;
    private static final int CLOSE = 2;
    private static final int HIGH = 3;
    private static final int LOW = 4;
    private static final int VOLUME = 5;

    private KucoinCandles() {}

    static Optional<String> interval(Timeframe timeframe) {
        return Optional.ofNullable(TYPES.get(timeframe));
    }

    /** {@code startAt}: one second before the first wanted open time. */
    static long startAt(long fromOpenMs) {
        return Math.floorDiv(fromOpenMs, 1000L) - 1;
    }

    /** {@code endAt}: one second after the last wanted open time. */
    static long endAt(long toOpenMs) {
        return Math.floorDiv(toOpenMs, 1000L) + 1;
    }

    static List<Candle> read(JsonNode body) {
        JsonNode rows = JsonValues.array(body.path("data"), "data");
        List<Candle> candles = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() <= VOLUME) {
                throw new MalformedAnswerException("a candle row is not an array of 7 values: " + row);
            }
            candles.add(new Candle(
                    JsonValues.secondsAsMillis(row.get(TIME), "candle time"),
                    JsonValues.decimal(row.get(OPEN), "open"),
                    JsonValues.decimal(row.get(HIGH), "high"),
                    JsonValues.decimal(row.get(LOW), "low"),
                    JsonValues.decimal(row.get(CLOSE), "close"),
                    JsonValues.decimal(row.get(VOLUME), "volume")));
        }
        return candles;
    }
}

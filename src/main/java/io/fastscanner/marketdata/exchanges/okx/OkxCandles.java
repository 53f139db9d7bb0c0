package io.fastscanner.marketdata.exchanges.okx;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.CandleAggregation;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v5/market/candles?instId=&bar=&after=&before=&limit=} (docs: "Market Data / Get candlesticks").
 *
 * <p>Bars: OKX's {@code 6H}, {@code 12H}, {@code 1D} and {@code 1W} open at Hong Kong time (UTC+8); their
 * {@code ...utc} twins open at UTC like ours, so those are the ones asked for. {@code 1H}, {@code 2H} and {@code 4H}
 * have no twin and need none: 8 hours is a whole number of each, so they open at the same instants in both zones.
 * Every open time read is checked to lie on the UTC grid of its interval (weeks from Monday); a bar on another grid
 * fails the call as a malformed answer instead of being served as ours.
 *
 * <p>Paging: {@code after} returns rows older than (not including) the given open time and {@code before} rows newer
 * than it, so the open times {@code [from, to]} are {@code before = from - 1}, {@code after = to + 1}. At most
 * {@value #MAX_ROWS} rows come back, newest first. This endpoint serves only the newest {@value #REACHABLE_ROWS} bars
 * of an interval ("can retrieve the latest 1,440 data entries"); older ones are on {@code /history-candles} at 100 rows
 * a request and half the rate. A scan asks for at most 1000 closed candles of an interval OKX serves itself, which with
 * the forming one is within the newest 1440, so {@code /history-candles} is never needed.
 *
 * <p>Rows: {@code [ts, o, h, l, c, vol, volCcy, volCcyQuote, confirm]}, all strings, {@code ts} the open time in ms,
 * {@code vol} the base-asset volume for spot, {@code confirm} {@code "0"} while the candle is still forming: such rows
 * are left out.
 */
final class OkxCandles {

    static final int MAX_ROWS = 300;
    static final int REACHABLE_ROWS = 1440;
    private static final int COLUMNS = 6;
    private static final int CONFIRM = 8;
    private static final String FORMING = "0";
    private static final Map<Timeframe, String> BARS = new EnumMap<>(Timeframe.class);

    static {
        BARS.put(Timeframe.M1, "1m");
        BARS.put(Timeframe.M5, "5m");
        BARS.put(Timeframe.M15, "15m");
        BARS.put(Timeframe.M30, "30m");
        BARS.put(Timeframe.H1, "1H");
        BARS.put(Timeframe.H2, "2H");
        BARS.put(Timeframe.H4, "4H");
        BARS.put(Timeframe.H6, "6Hutc");
        BARS.put(Timeframe.H12, "12Hutc");
        BARS.put(Timeframe.D1, "1Dutc");
        BARS.put(Timeframe.W1, "1Wutc");
    }

    private OkxCandles() {}

    static Optional<String> bar(Timeframe timeframe) {
        return Optional.ofNullable(BARS.get(timeframe));
    }

    static SpotRequest request(
            SpotRequest endpoint, String instId, String bar, long fromOpenMs, long toOpenMs, int rows) {
        return endpoint.with("instId", instId)
                .with("bar", bar)
                .with("before", fromOpenMs - 1)
                .with("after", toOpenMs + 1)
                .with("limit", rows);
    }

    static List<Candle> read(JsonNode body, Timeframe timeframe) {
        JsonNode rows = OkxEnvelope.data(body, "candles");
        List<Candle> candles = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() < COLUMNS) {
                throw new MalformedAnswerException("candle row is not an array of at least " + COLUMNS + " fields");
            }
            if (FORMING.equals(JsonValues.text(row.get(CONFIRM)))) {
                continue;
            }
            long open = JsonValues.integer(row.get(0), "ts");
            if (CandleAggregation.openOf(timeframe, open) != open) {
                throw new MalformedAnswerException(
                        "candle open time " + open + " is not on the UTC grid of " + timeframe + " candles");
            }
            candles.add(new Candle(
                    open,
                    JsonValues.decimal(row.get(1), "o"),
                    JsonValues.decimal(row.get(2), "h"),
                    JsonValues.decimal(row.get(3), "l"),
                    JsonValues.decimal(row.get(4), "c"),
                    JsonValues.decimal(row.get(5), "vol")));
        }
        return candles;
    }
}

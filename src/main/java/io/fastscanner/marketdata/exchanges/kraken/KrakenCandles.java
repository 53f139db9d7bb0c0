package io.fastscanner.marketdata.exchanges.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /0/public/OHLC?pair=XBTUSD&interval=60&since=<seconds>}
 * (https://docs.kraken.com/api-reference/market-data/get-ohlc-data):
 * <ul>
 * <li>Only the 720 newest rows are served, whatever {@code since} says ("older data cannot be retrieved"), so one
 * request always covers everything reachable. The answer runs to now: there is no end parameter.</li>
 * <li>{@code since} is exclusive: rows open strictly after it come back (ccxt issue #2786: {@code since} at 15:00
 * returns the 16:00 hour first; Kraken's historical-data guide: "return candles after this"). We send the wanted
 * first open time minus one second.</li>
 * <li>Rows, oldest first: {@code [time (s, number), "open", "high", "low", "close", "vwap", "volume" (base), count]};
 * the vwap sits before the volume. They come under the pair's internal name ({@code XXBTZUSD} for {@code XBTUSD}),
 * next to {@code last}, the cursor for polling (a number; a string in ccxt's recordings).</li>
 * <li>"The last entry in the OHLC array is for the current, not-yet-committed timeframe, and will always be
 * present": it is dropped here.</li>
 * <li>Intervals in minutes: 1 5 15 30 60 240 1440 10080 21600. The weekly one (10080) opens on Thursdays, weeks
 * counted from the epoch (a Thursday; the investmentstk project's Kraken feed builds its weeks from days because
 * Kraken "returned weeks starting on Thursday"), where weeks here open on Mondays, so 1w is built from days; 2h and
 * 6h are built from 1h, 12h from 4h. At most 719 closed rows of the finer interval are reachable: 359 candles of 2h,
 * 119 of 6h, 239 of 12h, 102 weeks. 21600 (15 days) has no timeframe.</li>
 * </ul>
 */
final class KrakenCandles {

    /** Rows Kraken serves at most, the forming one included. */
    static final int MAX_ROWS = 720;

    static final String PATH = "/0/public/OHLC";

    private static final Map<Timeframe, String> INTERVALS = new EnumMap<>(Map.of(
            Timeframe.M1, "1",
            Timeframe.M5, "5",
            Timeframe.M15, "15",
            Timeframe.M30, "30",
            Timeframe.H1, "60",
            Timeframe.H4, "240",
            Timeframe.D1, "1440"));

    private KrakenCandles() {}

    static Optional<String> interval(Timeframe timeframe) {
        return Optional.ofNullable(INTERVALS.get(timeframe));
    }

    /** Rows open at {@code fromOpenMs} or later, up to the forming one. */
    static SpotRequest request(String pair, String interval, long fromOpenMs) {
        return SpotRequest.of("candles", KrakenApi.LIMIT, 1, PATH)
                .with("pair", pair)
                .with("interval", interval)
                .with("since", Math.floorDiv(fromOpenMs, 1000L) - 1);
    }

    /** The committed candles of an answer, oldest first. */
    static List<Candle> read(JsonNode body) {
        JsonNode rows = rows(KrakenAssets.result(body, "OHLC"));
        List<Candle> candles = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size() - 1; i++) {
            candles.add(candle(rows.get(i)));
        }
        return candles;
    }

    private static JsonNode rows(JsonNode result) {
        for (Map.Entry<String, JsonNode> field : result.properties()) {
            if (!"last".equals(field.getKey())) {
                return JsonValues.array(field.getValue(), "OHLC rows of " + field.getKey());
            }
        }
        throw new MalformedAnswerException("OHLC answer has no rows");
    }

    private static Candle candle(JsonNode row) {
        if (!row.isArray() || row.size() < 7) {
            throw new MalformedAnswerException("OHLC row is not [time, open, high, low, close, vwap, volume, ...]");
        }
        return new Candle(
                JsonValues.secondsAsMillis(row.get(0), "OHLC time"),
                JsonValues.decimal(row.get(1), "OHLC open"),
                JsonValues.decimal(row.get(2), "OHLC high"),
                JsonValues.decimal(row.get(3), "OHLC low"),
                JsonValues.decimal(row.get(4), "OHLC close"),
                JsonValues.decimal(row.get(6), "OHLC volume"));
    }
}

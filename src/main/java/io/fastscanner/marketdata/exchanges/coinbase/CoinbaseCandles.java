package io.fastscanner.marketdata.exchanges.coinbase;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.SpotRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Advanced Trade's public candles, {@code GET /api/v3/brokerage/market/products/{product_id}/candles?start=&end=
 * &granularity=&limit=} (docs: Get Public Product Candles):
 * <ul>
 * <li>granularities {@code ONE_MINUTE FIVE_MINUTE FIFTEEN_MINUTE THIRTY_MINUTE ONE_HOUR TWO_HOUR SIX_HOUR ONE_DAY}.
 * The public endpoint lists no {@code FOUR_HOUR} (only the authenticated {@code /products/{id}/candles} does) and no
 * 12-hour or weekly bucket, so 4h, 12h and 1w are built from 2h, 6h and 1d by the source;</li>
 * <li>{@code start} and {@code end} in epoch seconds, both inclusive: a candle opening at {@code end} is returned (a
 * span of n intervals answers n + 1 candles, as measured on the Exchange API, which serves the same candles), so
 * {@code end} is the open time of the newest candle wanted. A span of more than 350 candles is rejected
 * ({@code INVALID_ARGUMENT "number of candles requested should be less than 350"}), and {@code limit} (at most 350)
 * is the number of rows asked for;</li>
 * <li>answer {@code {"candles":[{"start","low","high","open","close","volume"}]}}, every value a string, {@code start}
 * in seconds, newest first, volume in the base asset;</li>
 * <li>no mark on the forming candle (the source drops it by its open time) and no row for an interval without trades:
 * Coinbase's gaps stay gaps.</li>
 * </ul>
 */
final class CoinbaseCandles {

    /** The most candles one request returns (documented: "By default, returns 350 (max 350)"). */
    static final int MAX_ROWS = 350;

    private static final Map<Timeframe, String> GRANULARITIES = new EnumMap<>(Map.of(
            Timeframe.M1, "ONE_MINUTE",
            Timeframe.M5, "FIVE_MINUTE",
            Timeframe.M15, "FIFTEEN_MINUTE",
            Timeframe.M30, "THIRTY_MINUTE",
            Timeframe.H1, "ONE_HOUR",
            Timeframe.H2, "TWO_HOUR",
            Timeframe.H6, "SIX_HOUR",
            Timeframe.D1, "ONE_DAY"));

    private CoinbaseCandles() {}

    static Optional<String> granularity(Timeframe timeframe) {
        return Optional.ofNullable(GRANULARITIES.get(timeframe));
    }

    static SpotRequest request(String productId, String granularity, long fromOpenMs, long toOpenMs, int rows) {
        String path =
                CoinbaseApi.PRODUCTS_PATH + "/" + URLEncoder.encode(productId, StandardCharsets.UTF_8) + "/candles";
        return SpotRequest.of("candles", CoinbaseApi.LIMIT, 1, path)
                .with("start", Math.floorDiv(fromOpenMs, 1000L))
                .with("end", Math.floorDiv(toOpenMs, 1000L))
                .with("granularity", granularity)
                .with("limit", rows);
    }

    static List<Candle> read(JsonNode body) {
        JsonNode rows = JsonValues.array(body.path("candles"), "candles");
        List<Candle> candles = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            candles.add(new Candle(
                    JsonValues.secondsAsMillis(row.get("start"), "candle start"),
                    JsonValues.decimal(row.get("open"), "candle open"),
                    JsonValues.decimal(row.get("high"), "candle high"),
                    JsonValues.decimal(row.get("low"), "candle low"),
                    JsonValues.decimal(row.get("close"), "candle close"),
                    JsonValues.decimal(row.get("volume"), "candle volume")));
        }
        return candles;
    }
}

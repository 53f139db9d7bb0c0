package io.fastscanner.marketdata.exchanges.bybit;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.exchanges.JsonValues;
import io.fastscanner.marketdata.exchanges.MalformedAnswerException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code GET /v5/market/kline} (https://bybit-exchange.github.io/docs/v5/market/kline): {@code result.list} is
 * sorted newest first ("Sort in reverse by startTime"), each row an array of strings {@code [startTime (ms), open,
 * high, low, close, volume, turnover]}; for spot, {@code volume} is in the base coin and {@code turnover} in the quote
 * coin. No row is marked as forming (the newest one may be: "Close price. Is the last traded price when the candle is
 * not closed"); the source drops it by its open time.
 */
final class BybitCandles {

    /** The columns read: the seventh, {@code turnover}, is not needed. */
    static final int COLUMNS_READ = 6;

    private BybitCandles() {}

    static List<Candle> read(JsonNode body) {
        JsonNode rows = BybitAnswers.list(body, "kline");
        List<Candle> candles = new ArrayList<>(rows.size());
        for (JsonNode row : rows) {
            if (!row.isArray() || row.size() < COLUMNS_READ) {
                throw new MalformedAnswerException(
                        "a kline row is not [start, open, high, low, close, volume, ...]: " + row);
            }
            candles.add(new Candle(
                    JsonValues.integer(row.get(0), "kline start"),
                    JsonValues.decimal(row.get(1), "kline open"),
                    JsonValues.decimal(row.get(2), "kline high"),
                    JsonValues.decimal(row.get(3), "kline low"),
                    JsonValues.decimal(row.get(4), "kline close"),
                    JsonValues.decimal(row.get(5), "kline volume")));
        }
        return candles;
    }
}

package io.fastscanner.marketdata.exchanges.bybit;

import com.fasterxml.jackson.core.JsonParser;
import io.fastscanner.marketdata.live.PartialCandle;
import io.fastscanner.marketdata.live.StreamJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code data} of a kline push, {@code [{start,end,interval,open,close,high,low,volume,turnover,confirm,timestamp}]}:
 * {@code volume} is in the base coin, {@code confirm} true once the candle is final, {@code timestamp} the time of
 * the update.
 */
final class BybitKlineData {

    private BybitKlineData() {}

    static List<PartialCandle> read(JsonParser json) throws IOException {
        if (!StreamJson.isArray(json)) {
            StreamJson.skip(json);
            return List.of();
        }
        List<PartialCandle> klines = new ArrayList<>(1);
        while (StreamJson.nextElement(json)) {
            if (!StreamJson.isObject(json)) {
                StreamJson.skip(json);
                continue;
            }
            PartialCandle kline = new PartialCandle();
            for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
                switch (field) {
                    case "start" -> kline.openTimeMs(StreamJson.integer(json, "start"));
                    case "open" -> kline.open(StreamJson.decimal(json, "open"));
                    case "high" -> kline.high(StreamJson.decimal(json, "high"));
                    case "low" -> kline.low(StreamJson.decimal(json, "low"));
                    case "close" -> kline.close(StreamJson.decimal(json, "close"));
                    case "volume" -> kline.volume(StreamJson.decimal(json, "volume"));
                    case "confirm" -> kline.closed(StreamJson.flag(json));
                    case "timestamp" -> kline.eventTimeMs(StreamJson.integer(json, "timestamp"));
                    default -> StreamJson.skip(json);
                }
            }
            klines.add(kline);
        }
        return klines;
    }
}

package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.core.JsonParser;
import io.fastscanner.marketdata.live.PartialCandle;
import io.fastscanner.marketdata.live.StreamJson;
import io.fastscanner.marketdata.live.StreamMessage;
import java.io.IOException;
import java.util.List;

/** The {@code data} of a combined-stream push: its event type and, for klines, the candle. */
record BinanceKlinePush(String type, PartialCandle kline) {

    static BinanceKlinePush read(JsonParser json) throws IOException {
        if (!StreamJson.isObject(json)) {
            StreamJson.skip(json);
            return new BinanceKlinePush("", null);
        }
        String type = "";
        long eventTime = 0;
        PartialCandle kline = null;
        for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
            switch (field) {
                case "e" -> type = StreamJson.text(json);
                case "E" -> eventTime = StreamJson.integer(json, "E");
                case "k" -> kline = readKline(json);
                default -> StreamJson.skip(json);
            }
        }
        if (kline != null) {
            kline.eventTimeMs(eventTime);
        }
        return new BinanceKlinePush(type, kline);
    }

    private static PartialCandle readKline(JsonParser json) throws IOException {
        if (!StreamJson.isObject(json)) {
            StreamJson.skip(json);
            return null;
        }
        PartialCandle kline = new PartialCandle();
        for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
            switch (field) {
                case "t" -> kline.openTimeMs(StreamJson.integer(json, "k.t"));
                case "o" -> kline.open(StreamJson.decimal(json, "k.o"));
                case "h" -> kline.high(StreamJson.decimal(json, "k.h"));
                case "l" -> kline.low(StreamJson.decimal(json, "k.l"));
                case "c" -> kline.close(StreamJson.decimal(json, "k.c"));
                case "v" -> kline.volume(StreamJson.decimal(json, "k.v"));
                case "x" -> kline.closed(StreamJson.flag(json));
                default -> StreamJson.skip(json);
            }
        }
        return kline;
    }

    StreamMessage message(String stream) {
        if (!"kline".equals(type) || kline == null) {
            return new StreamMessage.Ignored("event '" + type + "' on " + stream);
        }
        return new StreamMessage.Klines(List.of(kline.update(stream, 0)));
    }
}

package io.fastscanner.marketdata.exchanges.okx;

import com.fasterxml.jackson.core.JsonParser;
import io.fastscanner.marketdata.live.PartialCandle;
import io.fastscanner.marketdata.live.StreamJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a candle push: {@code arg}, the channel it belongs to, and {@code data}, its rows
 * {@code [[ts,o,h,l,c,vol,volCcy,volCcyQuote,confirm],...]}, a row being closed only when its {@code confirm} is "1"
 * (see {@link OkxStreams} for rows without one).
 */
final class OkxCandlePush {

    private static final int CONFIRM = 8;
    private static final String CLOSED = "1";

    private OkxCandlePush() {}

    /** The {@code arg} of a push or an answer, "" for what it lacks. */
    record Arg(String channel, String instId) {

        String streamName() {
            return channel + ":" + instId;
        }
    }

    static Arg arg(JsonParser json) throws IOException {
        String channel = "";
        String instId = "";
        if (!StreamJson.isObject(json)) {
            StreamJson.skip(json);
            return new Arg(channel, instId);
        }
        for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
            switch (field) {
                case "channel" -> channel = StreamJson.text(json);
                case "instId" -> instId = StreamJson.text(json);
                default -> StreamJson.skip(json);
            }
        }
        return new Arg(channel, instId);
    }

    static List<PartialCandle> rows(JsonParser json) throws IOException {
        if (!StreamJson.isArray(json)) {
            StreamJson.skip(json);
            return List.of();
        }
        List<PartialCandle> rows = new ArrayList<>(1);
        while (StreamJson.nextElement(json)) {
            if (StreamJson.isArray(json)) {
                rows.add(row(json));
            } else {
                StreamJson.skip(json);
            }
        }
        return rows;
    }

    private static PartialCandle row(JsonParser json) throws IOException {
        PartialCandle row = new PartialCandle();
        for (int i = 0; StreamJson.nextElement(json); i++) {
            switch (i) {
                case 0 -> row.openTimeMs(StreamJson.integer(json, "ts"));
                case 1 -> row.open(StreamJson.decimal(json, "o"));
                case 2 -> row.high(StreamJson.decimal(json, "h"));
                case 3 -> row.low(StreamJson.decimal(json, "l"));
                case 4 -> row.close(StreamJson.decimal(json, "c"));
                case 5 -> row.volume(StreamJson.decimal(json, "vol"));
                case CONFIRM -> row.closed(CLOSED.equals(StreamJson.text(json)));
                default -> StreamJson.skip(json);
            }
        }
        return row;
    }
}

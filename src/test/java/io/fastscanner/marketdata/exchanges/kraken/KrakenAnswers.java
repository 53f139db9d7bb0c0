package io.fastscanner.marketdata.exchanges.kraken;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Kraken's answers for the tests: the fixtures as files, and OHLC answers as Kraken would send them at a given time,
 * made of the recorded rows of {@code klines.json} shifted in time (their values repeated in turn).
 */
final class KrakenAnswers {

    static final String DIR = "exchanges/kraken/";
    static final ObjectMapper JSON = new ObjectMapper();

    private KrakenAnswers() {}

    static String text(String file) {
        return SpotHarness.resource(DIR + file);
    }

    static JsonNode json(String file) {
        return parse(text(file));
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded rows of {@code klines.json}: {@code [time, open, high, low, close, vwap, volume, count]}. */
    static List<JsonNode> recordedRows() {
        List<JsonNode> rows = new ArrayList<>();
        json("klines.json").get("result").get("XBTUSDT").forEach(rows::add);
        return rows;
    }

    /**
     * What {@code GET /0/public/OHLC} answers at {@code nowSec} for {@code since}: the rows open after {@code since}
     * among the 720 newest, the forming one last, under {@code pairKey}, with {@code last} the newest committed row.
     */
    static String ohlc(String pairKey, long intervalSec, long nowSec, long sinceSec) {
        long forming = Math.floorDiv(nowSec, intervalSec) * intervalSec;
        long oldest = forming - (KrakenCandles.MAX_ROWS - 1) * intervalSec;
        List<JsonNode> recorded = recordedRows();
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (long t = Math.max(oldest, (Math.floorDiv(sinceSec, intervalSec) + 1) * intervalSec);
                t <= forming;
                t += intervalSec) {
            rows.add(row(recorded, t, intervalSec));
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set(pairKey, rows);
        result.put("last", forming - intervalSec);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("error");
        body.set("result", result);
        return body.toString();
    }

    /** The recorded row {@code t / interval} (mod their number), open at {@code t}. */
    static ArrayNode row(List<JsonNode> recorded, long t, long intervalSec) {
        JsonNode source = recorded.get((int) Math.floorMod(t / intervalSec, (long) recorded.size()));
        ArrayNode row = JsonNodeFactory.instance.arrayNode();
        row.add(t);
        for (int i = 1; i < source.size(); i++) {
            row.add(source.get(i));
        }
        return row;
    }
}

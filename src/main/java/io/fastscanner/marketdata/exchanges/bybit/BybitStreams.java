package io.fastscanner.marketdata.exchanges.bybit;

import com.fasterxml.jackson.core.JsonParser;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.live.KlineUpdate;
import io.fastscanner.marketdata.live.PartialCandle;
import io.fastscanner.marketdata.live.StreamFrames;
import io.fastscanner.marketdata.live.StreamJson;
import io.fastscanner.marketdata.live.StreamKey;
import io.fastscanner.marketdata.live.StreamMessage;
import io.fastscanner.marketdata.live.StreamProtocol;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bybit's v5 public spot kline streams (https://bybit-exchange.github.io/docs/v5/ws/connect and
 * .../v5/websocket/public/kline).
 * <ul>
 * <li>topic {@code kline.<interval>.<SYMBOL>} ({@code kline.60.BTCUSDT}), the intervals of the REST klines
 * ({@link BybitApi#intervalOf});</li>
 * <li>subscriptions {@code {"op":"subscribe","args":[...],"req_id":"N"}}, answered
 * {@code {"success":true,"ret_msg":"subscribe","op":"subscribe",...}} ({@code success} false and Bybit's reason in
 * {@code ret_msg} when refused); "Spot can input up to 10 args for each subscription request" (connect page,
 * "Public channel - Args limits");</li>
 * <li>ping {@code {"op":"ping"}}, every 20 s as the connect page recommends (without ping or data the server cuts the
 * connection after 10 minutes); spot answers {@code {"success":true,"ret_msg":"pong","op":"ping",...}}, other
 * categories {@code {"op":"pong",...}}: both are read as the pong;</li>
 * <li>pushes {@code {"topic":..,"data":[{start,open,high,low,close,volume,confirm,timestamp,...}],"ts":..}},
 * {@code confirm} true once the candle is final.</li>
 * </ul>
 * Bybit documents no number of topics per connection for spot, only that "for one public connection, you cannot have
 * length of "args" array over 21,000 characters". {@value #MAX_TOPICS} topics stay within it for topics of up to 39
 * characters (each costs its length plus quotes and a comma), which every spot symbol gives. Bybit documents no rate
 * for messages sent on a connection (only "Do not build over 500 connections in 5 minutes"); {@value #MESSAGES_PER_SECOND}
 * a second is our own cautious pace. Bybit states no maximum connection life.
 */
public final class BybitStreams implements StreamProtocol {

    static final String URL = "wss://stream.bybit.com";
    static final int TOPICS_PER_FRAME = 10;
    static final int MAX_TOPICS = 500;
    static final int MESSAGES_PER_SECOND = 5;
    private static final String KLINE_PREFIX = "kline.";

    private final AtomicLong requestIds = new AtomicLong();

    @Override
    public Exchange exchange() {
        return Exchange.BYBIT;
    }

    @Override
    public String defaultUrl() {
        return URL;
    }

    @Override
    public String path() {
        return "/v5/public/spot";
    }

    @Override
    public Optional<String> streamName(StreamKey key) {
        return BybitApi.intervalOf(key.timeframe())
                .map(interval -> KLINE_PREFIX + interval + "." + key.symbol().exchangeSymbol());
    }

    @Override
    public int maxStreamsPerConnection() {
        return MAX_TOPICS;
    }

    @Override
    public int maxMessagesPerSecond() {
        return MESSAGES_PER_SECOND;
    }

    @Override
    public List<String> subscribeMessages(List<String> streamNames) {
        return StreamFrames.batches(streamNames, TOPICS_PER_FRAME).stream()
                .map(batch -> StreamFrames.json(json -> {
                    json.writeStartObject();
                    json.writeStringField("op", "subscribe");
                    StreamFrames.stringArray(json, "args", batch);
                    json.writeStringField("req_id", Long.toString(requestIds.incrementAndGet()));
                    json.writeEndObject();
                }))
                .toList();
    }

    @Override
    public Optional<String> pingMessage() {
        return Optional.of("{\"op\":\"ping\"}");
    }

    @Override
    public Duration pingInterval() {
        return Duration.ofSeconds(20);
    }

    @Override
    public Optional<Duration> maxConnectionLife() {
        return Optional.empty();
    }

    @Override
    public StreamMessage read(String text) {
        return StreamJson.readObject(text, json -> readFrame(json, text));
    }

    private static StreamMessage readFrame(JsonParser json, String text) throws IOException {
        String topic = null;
        List<PartialCandle> klines = List.of();
        long ts = 0;
        String op = "";
        Boolean success = null;
        String retMsg = "";
        String reqId = "";
        for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
            switch (field) {
                case "topic" -> topic = StreamJson.text(json);
                case "data" -> {
                    if (topic == null || topic.startsWith(KLINE_PREFIX)) {
                        klines = BybitKlineData.read(json);
                    } else {
                        StreamJson.skip(json);
                    }
                }
                case "ts" -> ts = StreamJson.integer(json, "ts");
                case "op" -> op = StreamJson.text(json);
                case "success" -> success = StreamJson.flag(json);
                case "ret_msg" -> retMsg = StreamJson.text(json);
                case "req_id" -> reqId = StreamJson.text(json);
                default -> StreamJson.skip(json);
            }
        }
        if (topic != null) {
            return klines(topic, klines, ts);
        }
        if (op.equals("pong")) {
            return new StreamMessage.Pong();
        }
        if (success != null && !success) {
            return new StreamMessage.Refused(retMsg.isEmpty() ? op + " refused without a reason" : retMsg);
        }
        if (success != null) {
            return op.equals("ping")
                    ? new StreamMessage.Pong()
                    : new StreamMessage.Acknowledged(reqId.isEmpty() ? op : op + " " + reqId);
        }
        return new StreamMessage.Ignored("unknown frame: " + StreamJson.excerpt(text));
    }

    private static StreamMessage klines(String topic, List<PartialCandle> klines, long ts) {
        if (!topic.startsWith(KLINE_PREFIX)) {
            return new StreamMessage.Ignored("topic " + topic);
        }
        if (klines.isEmpty()) {
            return new StreamMessage.Ignored("no candles on " + topic);
        }
        List<KlineUpdate> updates = new ArrayList<>(klines.size());
        for (PartialCandle kline : klines) {
            updates.add(kline.update(topic, ts));
        }
        return new StreamMessage.Klines(updates);
    }
}

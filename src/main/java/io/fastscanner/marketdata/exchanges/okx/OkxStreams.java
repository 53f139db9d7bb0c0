package io.fastscanner.marketdata.exchanges.okx;

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

/**
 * OKX's v5 candlestick channels, which are served on {@code /ws/v5/business} (https://www.okx.com/docs-v5/en/,
 * "WebSocket" and "Candlesticks channel").
 * <ul>
 * <li>channel {@code candle<bar>} with the bars of the REST candles ({@link OkxCandles#bar}: the UTC variants such as
 * {@code candle1Dutc} from 6 hours up); our stream name is {@code <channel>:<instId>}, e.g.
 * {@code candle1H:BTC-USDT};</li>
 * <li>subscriptions {@code {"op":"subscribe","args":[{"channel":..,"instId":..},...]}}, answered per channel with
 * {@code {"event":"subscribe","arg":{..},"connId":..}}, refused with {@code {"event":"error","code":..,"msg":..}};</li>
 * <li>pushes {@code {"arg":{..},"data":[[ts,o,h,l,c,vol,volCcy,volCcyQuote,confirm]]}}, all strings, {@code vol} in
 * the base currency for spot, {@code confirm} "1" once the candle is final and "0" while it forms. Older pushes
 * (quoted by ccxt) have 7 fields and no {@code confirm}: such a candle is read as forming, since nothing in it says it
 * is final, and a candle taken as final too early would be worse than one taken late. OKX gives no event time;</li>
 * <li>keep-alive: OKX closes a connection after 30 s without data, so the text {@code ping} goes out every 20 s and
 * the text {@code pong} comes back.</li>
 * </ul>
 * Limits, from the "WebSocket / Connect" and "Subscribe" sections of the docs: 3 connection requests a second per IP;
 * 480 subscribe, unsubscribe and login requests an hour per connection; "the total length of multiple channels cannot
 * exceed 64 KB" in one subscription (4096 bytes in earlier revisions of the docs). {@value #CHANNELS_PER_FRAME}
 * channels of at most about 70 characters each keep a frame under even the older 4096 bytes. OKX documents no number
 * of channels per connection for public channels (its 30-connections-per-channel limit is for private ones), so
 * {@value #MAX_CHANNELS} is our own cautious choice; a full connection takes {@value #MAX_CHANNELS} /
 * {@value #CHANNELS_PER_FRAME} subscriptions of the 480 an hour. We send at most {@value #MESSAGES_PER_SECOND}
 * messages a second, the connection rate, which earlier revisions of the docs also gave for subscriptions to new
 * channels. No maximum connection life is documented.
 *
 * <p>The default URL carries no port: OKX stopped accepting WebSocket connections on port 8443 on 31 October 2026
 * (API changelog, https://www.okx.com/docs-v5/log_en/), and the default TLS port serves the same paths.
 */
public final class OkxStreams implements StreamProtocol {

    static final String URL = "wss://ws.okx.com";
    static final int CHANNELS_PER_FRAME = 50;
    static final int MAX_CHANNELS = 500;
    static final int MESSAGES_PER_SECOND = 3;
    private static final String CANDLE = "candle";
    private static final String PING = "ping";
    private static final String PONG = "pong";

    @Override
    public Exchange exchange() {
        return Exchange.OKX;
    }

    @Override
    public String defaultUrl() {
        return URL;
    }

    @Override
    public String path() {
        return "/ws/v5/business";
    }

    @Override
    public Optional<String> streamName(StreamKey key) {
        return OkxCandles.bar(key.timeframe())
                .map(bar -> CANDLE + bar + ":" + key.symbol().base() + "-"
                        + key.symbol().quote());
    }

    @Override
    public int maxStreamsPerConnection() {
        return MAX_CHANNELS;
    }

    @Override
    public int maxMessagesPerSecond() {
        return MESSAGES_PER_SECOND;
    }

    /** @throws IllegalArgumentException for a name that is not {@code <channel>:<instId>} */
    @Override
    public List<String> subscribeMessages(List<String> streamNames) {
        return StreamFrames.batches(streamNames, CHANNELS_PER_FRAME).stream()
                .map(batch -> StreamFrames.json(json -> {
                    json.writeStartObject();
                    json.writeStringField("op", "subscribe");
                    json.writeArrayFieldStart("args");
                    for (String name : batch) {
                        int colon = name.indexOf(':');
                        if (colon <= 0 || colon == name.length() - 1) {
                            throw new IllegalArgumentException("not an OKX stream name: " + name);
                        }
                        json.writeStartObject();
                        json.writeStringField("channel", name.substring(0, colon));
                        json.writeStringField("instId", name.substring(colon + 1));
                        json.writeEndObject();
                    }
                    json.writeEndArray();
                    json.writeEndObject();
                }))
                .toList();
    }

    @Override
    public Optional<String> pingMessage() {
        return Optional.of(PING);
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
        if (text != null && text.length() < 16 && text.trim().equals(PONG)) {
            return new StreamMessage.Pong();
        }
        return StreamJson.readObject(text, json -> readFrame(json, text));
    }

    private static StreamMessage readFrame(JsonParser json, String text) throws IOException {
        String event = null;
        String code = "";
        String msg = "";
        OkxCandlePush.Arg arg = null;
        List<PartialCandle> rows = List.of();
        for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
            switch (field) {
                case "event" -> event = StreamJson.text(json);
                case "code" -> code = StreamJson.text(json);
                case "msg" -> msg = StreamJson.text(json);
                case "arg" -> arg = OkxCandlePush.arg(json);
                case "data" -> {
                    if (arg == null || arg.channel().startsWith(CANDLE)) {
                        rows = OkxCandlePush.rows(json);
                    } else {
                        StreamJson.skip(json);
                    }
                }
                default -> StreamJson.skip(json);
            }
        }
        if (event != null) {
            return switch (event) {
                case "error" -> new StreamMessage.Refused(msg + " (code " + code + ")");
                case "subscribe", "unsubscribe" ->
                    new StreamMessage.Acknowledged(arg == null ? event : event + " " + arg.streamName());
                default -> new StreamMessage.Ignored("event " + event + (msg.isEmpty() ? "" : ": " + msg));
            };
        }
        if (arg == null) {
            return new StreamMessage.Ignored("unknown frame: " + StreamJson.excerpt(text));
        }
        if (!arg.channel().startsWith(CANDLE) || rows.isEmpty()) {
            return new StreamMessage.Ignored("no candles on " + arg.streamName());
        }
        List<KlineUpdate> updates = new ArrayList<>(rows.size());
        for (PartialCandle row : rows) {
            updates.add(row.update(arg.streamName(), 0));
        }
        return new StreamMessage.Klines(updates);
    }
}

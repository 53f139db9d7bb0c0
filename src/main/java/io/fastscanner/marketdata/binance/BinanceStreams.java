package io.fastscanner.marketdata.binance;

import com.fasterxml.jackson.core.JsonParser;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.live.StreamFrames;
import io.fastscanner.marketdata.live.StreamJson;
import io.fastscanner.marketdata.live.StreamKey;
import io.fastscanner.marketdata.live.StreamMessage;
import io.fastscanner.marketdata.live.StreamProtocol;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Binance's spot kline streams, as combined streams on the market-data-only base (docs: "WebSocket Streams",
 * github.com/binance/binance-spot-api-docs {@code web-socket-streams.md}).
 * <ul>
 * <li>stream {@code <symbol>@kline_<interval>}, the symbol in lower case ({@code btcusdt@kline_1h}); every
 * {@link io.fastscanner.marketdata.Timeframe} label is a Binance interval;</li>
 * <li>subscriptions {@code {"method":"SUBSCRIBE","params":[...],"id":N}}, answered {@code {"result":null,"id":N}};
 * errors come as {@code {"error":{"code":..,"msg":..},"id":..}} or {@code {"code":..,"msg":..}};</li>
 * <li>pushes wrapped as {@code {"stream":"<name>","data":{"e":"kline","E":..,"k":{..}}}}, {@code k.x} true on the
 * final update of a candle;</li>
 * <li>limits: 1024 streams per connection, 5 incoming messages a second (pings, pongs and requests all count),
 * connections live 24 hours; the server pings every 20 s and the WebSocket client answers, so there is no
 * application ping.</li>
 * </ul>
 * Subscriptions go out {@value #STREAMS_PER_FRAME} to a frame: Binance states no size limit for a request, and
 * {@value #STREAMS_PER_FRAME} names of about 30 characters keep a frame near 6 KB while the 1024 streams of a full
 * connection still take only 6 frames, a little over a second at 5 a second.
 */
public final class BinanceStreams implements StreamProtocol {

    static final String URL = "wss://data-stream.binance.vision";
    static final int STREAMS_PER_FRAME = 200;
    static final int MAX_STREAMS = 1024;
    static final int MAX_MESSAGES_PER_SECOND = 5;

    private final AtomicLong requestIds = new AtomicLong();

    @Override
    public Exchange exchange() {
        return Exchange.BINANCE;
    }

    @Override
    public String defaultUrl() {
        return URL;
    }

    @Override
    public String path() {
        return "/stream";
    }

    @Override
    public Optional<String> streamName(StreamKey key) {
        return Optional.of(key.symbol().exchangeSymbol().toLowerCase(Locale.ROOT) + "@kline_"
                + key.timeframe().label());
    }

    @Override
    public int maxStreamsPerConnection() {
        return MAX_STREAMS;
    }

    @Override
    public int maxMessagesPerSecond() {
        return MAX_MESSAGES_PER_SECOND;
    }

    @Override
    public List<String> subscribeMessages(List<String> streamNames) {
        return StreamFrames.batches(streamNames, STREAMS_PER_FRAME).stream()
                .map(batch -> StreamFrames.json(json -> {
                    json.writeStartObject();
                    json.writeStringField("method", "SUBSCRIBE");
                    StreamFrames.stringArray(json, "params", batch);
                    json.writeNumberField("id", requestIds.incrementAndGet());
                    json.writeEndObject();
                }))
                .toList();
    }

    @Override
    public Optional<String> pingMessage() {
        return Optional.empty();
    }

    /** Binance's own ping period, for reference: the WebSocket client answers the server's pings. */
    @Override
    public Duration pingInterval() {
        return Duration.ofSeconds(20);
    }

    @Override
    public Optional<Duration> maxConnectionLife() {
        return Optional.of(Duration.ofHours(24));
    }

    @Override
    public StreamMessage read(String text) {
        return StreamJson.readObject(text, json -> readFrame(json, text));
    }

    private static StreamMessage readFrame(JsonParser json, String text) throws IOException {
        String stream = null;
        BinanceKlinePush event = null;
        boolean answered = false;
        String id = "";
        String error = null;
        String code = null;
        String msg = null;
        for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
            switch (field) {
                case "stream" -> stream = StreamJson.text(json);
                case "data" -> event = BinanceKlinePush.read(json);
                case "result" -> {
                    answered = true;
                    StreamJson.skip(json);
                }
                case "id" -> id = StreamJson.text(json);
                case "error" -> error = readError(json);
                case "code" -> code = StreamJson.text(json);
                case "msg" -> msg = StreamJson.text(json);
                default -> StreamJson.skip(json);
            }
        }
        if (error != null) {
            return new StreamMessage.Refused(id.isEmpty() ? error : error + ", request " + id);
        }
        if (msg != null && code != null) {
            return new StreamMessage.Refused(msg + " (code " + code + ")");
        }
        if (stream != null && event != null) {
            return event.message(stream);
        }
        if (answered) {
            return new StreamMessage.Acknowledged("request " + id);
        }
        return new StreamMessage.Ignored("unknown frame: " + StreamJson.excerpt(text));
    }

    /** {@code {"code":2,"msg":"Invalid request: ..."}} as "Invalid request: ... (code 2)". */
    private static String readError(JsonParser json) throws IOException {
        if (!StreamJson.isObject(json)) {
            return StreamJson.text(json);
        }
        String code = "";
        String msg = "";
        for (String field = StreamJson.nextField(json); field != null; field = StreamJson.nextField(json)) {
            switch (field) {
                case "code" -> code = StreamJson.text(json);
                case "msg" -> msg = StreamJson.text(json);
                default -> StreamJson.skip(json);
            }
        }
        return msg + " (code " + code + ")";
    }
}

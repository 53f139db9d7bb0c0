package io.fastscanner.marketdata.binance;

import static io.fastscanner.marketdata.live.StreamFixtures.assertReadAsNoCandles;
import static io.fastscanner.marketdata.live.StreamFixtures.garbage;
import static io.fastscanner.marketdata.live.StreamFixtures.json;
import static io.fastscanner.marketdata.live.StreamFixtures.onlyUpdate;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.live.KlineUpdate;
import io.fastscanner.marketdata.live.StreamFixtures;
import io.fastscanner.marketdata.live.StreamKey;
import io.fastscanner.marketdata.live.StreamMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Binance's combined kline streams against the messages of Binance's documentation (ws-kline.json). */
class BinanceStreamsTest {

    private static final JsonNode DOCUMENTED = StreamFixtures.wsKline("binance");

    private final BinanceStreams streams = new BinanceStreams();

    private static String name(BinanceStreams streams, String base, String quote, Timeframe timeframe) {
        return streams.streamName(new StreamKey(MarketSymbol.of(base, quote), timeframe))
                .orElseThrow();
    }

    /** The documented combined-stream push, changed by {@code change} (its {@code data.k} object). */
    private static String push(java.util.function.Consumer<ObjectNode> change) {
        ObjectNode frame = DOCUMENTED.get("combinedStreamExample").deepCopy();
        change.accept((ObjectNode) frame.get("data").get("k"));
        return frame.toString();
    }

    @Test
    void streamNamesAreTheLowerCaseSymbolAndOurTimeframeLabel() {
        assertThat(name(streams, "BTC", "USDT", Timeframe.H1)).isEqualTo("btcusdt@kline_1h");
        assertThat(name(streams, "ETH", "BTC", Timeframe.M15)).isEqualTo("ethbtc@kline_15m");
        assertThat(name(streams, "1000SATS", "FDUSD", Timeframe.D1)).isEqualTo("1000satsfdusd@kline_1d");
        assertThat(name(streams, "BNB", "USDT", Timeframe.W1)).isEqualTo("bnbusdt@kline_1w");
        List<String> documentedIntervals = new ArrayList<>();
        DOCUMENTED.get("intervals").forEach(interval -> documentedIntervals.add(interval.asText()));
        for (Timeframe timeframe : Timeframe.values()) {
            assertThat(documentedIntervals).contains(timeframe.label());
        }
    }

    @Test
    void describesTheMarketDataOnlyBaseAndBinancesLimits() {
        assertThat(streams.exchange()).isEqualTo(Exchange.BINANCE);
        assertThat(streams.defaultUrl() + streams.path()).isEqualTo("wss://data-stream.binance.vision/stream");
        assertThat(DOCUMENTED.get("baseUrl").asText()).contains(streams.defaultUrl());
        assertThat(streams.maxStreamsPerConnection()).isEqualTo(1024);
        assertThat(streams.maxMessagesPerSecond()).isEqualTo(5);
        assertThat(streams.pingMessage()).isEmpty();
        assertThat(streams.pingInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(streams.maxConnectionLife()).contains(Duration.ofHours(24));
    }

    @Test
    void aFullConnectionSubscribesInSixFramesOfAtMost200StreamsWithIncreasingIds() {
        List<String> names = IntStream.range(0, 1024)
                .mapToObj(i -> "coin" + i + "usdt@kline_1m")
                .toList();

        List<String> frames = streams.subscribeMessages(names);

        assertThat(frames).hasSize(6);
        List<String> subscribed = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            JsonNode frame = json(frames.get(i));
            assertThat(frame.get("method").asText()).isEqualTo("SUBSCRIBE");
            assertThat(frame.get("id").isIntegralNumber()).isTrue();
            assertThat(frame.get("id").asLong()).isEqualTo(i + 1);
            assertThat(frame.get("params").size()).isEqualTo(i < 5 ? 200 : 24);
            frame.get("params").forEach(param -> subscribed.add(param.asText()));
        }
        assertThat(subscribed).isEqualTo(names);
        assertThat(json(streams.subscribeMessages(List.of("btcusdt@kline_1h")).get(0))
                        .get("id")
                        .asLong())
                .isEqualTo(7);
        assertThat(streams.subscribeMessages(List.of())).isEmpty();
    }

    @Test
    void theDocumentedPushIsOneFormingCandleWithItsEventTime() {
        KlineUpdate update =
                onlyUpdate(streams.read(DOCUMENTED.get("combinedStreamExample").toString()));

        assertThat(update.stream()).isEqualTo("bnbbtc@kline_1m");
        assertThat(update.candle()).isEqualTo(new Candle(1672515780000L, 0.0010, 0.0025, 0.0015, 0.0020, 1000));
        assertThat(update.closed()).isFalse();
        assertThat(update.eventTimeMs()).isEqualTo(1672515782136L);
    }

    @Test
    void theFinalUpdateOfACandleIsClosedAndPricesMayBeJsonNumbers() {
        KlineUpdate closed = onlyUpdate(streams.read(push(k -> k.put("x", true))));
        KlineUpdate numbers = onlyUpdate(streams.read(push(k -> {
            k.put("o", 0.001);
            k.put("v", 1000);
            k.put("t", "1672515780000");
        })));

        assertThat(closed.closed()).isTrue();
        assertThat(numbers.candle()).isEqualTo(new Candle(1672515780000L, 0.001, 0.0025, 0.0015, 0.0020, 1000));
    }

    @Test
    void theWrapperIsReadWhateverTheOrderOfItsFields() {
        String frame = "{\"data\":" + DOCUMENTED.get("rawPayload") + ",\"stream\":\"bnbbtc@kline_1m\"}";

        assertThat(onlyUpdate(streams.read(frame)).stream()).isEqualTo("bnbbtc@kline_1m");
    }

    @Test
    void theDocumentedAnswerToASubscriptionIsAnAcknowledgement() {
        StreamMessage answer = streams.read(DOCUMENTED.get("subscribeResponse").toString());

        assertThat(answer).isEqualTo(new StreamMessage.Acknowledged("request 1"));
    }

    @Test
    void errorsAreRefusalsInBinancesWords() {
        // the stream docs' "Error Messages" table, and the {"error":{..},"id":..} shape of Binance's WebSocket API
        StreamMessage plain = streams.read("{\"code\": 2, \"msg\": \"Invalid request: too many parameters\"}");
        StreamMessage wrapped =
                streams.read("{\"error\":{\"code\":2,\"msg\":\"Invalid request: too many parameters\"},\"id\":4}");
        StreamMessage json = streams.read("{\"code\":3,\"msg\":\"Invalid JSON: expected value at line 1 column 1\"}");

        assertThat(plain).isEqualTo(new StreamMessage.Refused("Invalid request: too many parameters (code 2)"));
        assertThat(wrapped)
                .isEqualTo(new StreamMessage.Refused("Invalid request: too many parameters (code 2), request 4"));
        assertThat(((StreamMessage.Refused) json).reason()).startsWith("Invalid JSON");
    }

    @Test
    void otherEventsAndUnknownFramesAreIgnored() {
        String trade =
                "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"p\":\"1\"}}";

        assertThat(streams.read(trade)).isInstanceOf(StreamMessage.Ignored.class);
        assertThat(streams.read(DOCUMENTED.get("rawPayload").toString())).isInstanceOf(StreamMessage.Ignored.class);
        assertThat(streams.read("{\"stream\":\"btcusdt@kline_1m\",\"data\":null}"))
                .isInstanceOf(StreamMessage.Ignored.class);
    }

    @Test
    void aCandleMissingAFieldOrWithANonNumberIsIgnoredWithTheReason() {
        StreamMessage missing = streams.read(push(k -> k.remove("c")));
        StreamMessage word = streams.read(push(k -> k.put("h", "high")));
        StreamMessage object = streams.read(push(k -> k.putObject("l")));

        assertThat(missing)
                .isInstanceOfSatisfying(
                        StreamMessage.Ignored.class, m -> assertThat(m.what()).contains("close"));
        assertThat(word)
                .isInstanceOfSatisfying(
                        StreamMessage.Ignored.class, m -> assertThat(m.what()).contains("k.h"));
        assertThat(object).isInstanceOf(StreamMessage.Ignored.class);
    }

    @Test
    void malformedAndRandomFramesNeverThrow() {
        assertReadAsNoCandles(
                streams, garbage(DOCUMENTED.get("combinedStreamExample").toString()));
        assertThat(streams.read(null)).isInstanceOf(StreamMessage.Ignored.class);
    }
}

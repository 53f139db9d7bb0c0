package io.fastscanner.marketdata.exchanges.okx;

import static io.fastscanner.marketdata.live.StreamFixtures.assertReadAsNoCandles;
import static io.fastscanner.marketdata.live.StreamFixtures.garbage;
import static io.fastscanner.marketdata.live.StreamFixtures.json;
import static io.fastscanner.marketdata.live.StreamFixtures.onlyUpdate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.live.KlineUpdate;
import io.fastscanner.marketdata.live.StreamFixtures;
import io.fastscanner.marketdata.live.StreamKey;
import io.fastscanner.marketdata.live.StreamMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * OKX's candle channels against the 7-field push quoted by ccxt (ws-kline.json) and the 9-field push and answers of
 * the "WS / Candlesticks channel" section of https://www.okx.com/docs-v5/en/, written here.
 */
class OkxStreamsTest {

    private static final JsonNode DOCUMENTED = StreamFixtures.wsKline("okx");
    private static final String SEVEN_FIELDS =
            DOCUMENTED.get("messages").get(0).get("message").toString();
    private static final String NINE_FIELDS = "{\"arg\":{\"channel\":\"candle1D\",\"instId\":\"BTC-USDT\"},\"data\":[["
            + "\"1597026383085\",\"8533.02\",\"8553.74\",\"8527.17\",\"8548.26\",\"45247\",\"529.5858061\","
            + "\"5529.5858061\",\"0\"]]}";

    private final OkxStreams streams = new OkxStreams();

    private String name(String base, String quote, Timeframe timeframe) {
        return streams.streamName(new StreamKey(MarketSymbol.of(base, quote), timeframe))
                .orElseThrow();
    }

    @Test
    void streamNamesAreTheChannelOfTheRestBarAndTheInstrument() {
        assertThat(name("BTC", "USDT", Timeframe.M1)).isEqualTo("candle1m:BTC-USDT");
        assertThat(name("BTC", "USDT", Timeframe.H1)).isEqualTo("candle1H:BTC-USDT");
        assertThat(name("ETH", "USDC", Timeframe.H4)).isEqualTo("candle4H:ETH-USDC");
        assertThat(name("SOL", "USDT", Timeframe.H6)).isEqualTo("candle6Hutc:SOL-USDT");
        assertThat(name("ETH", "BTC", Timeframe.D1)).isEqualTo("candle1Dutc:ETH-BTC");
        assertThat(name("BTC", "EUR", Timeframe.W1)).isEqualTo("candle1Wutc:BTC-EUR");
        for (Timeframe timeframe : Timeframe.values()) {
            assertThat(name("BTC", "USDT", timeframe))
                    .isEqualTo("candle" + OkxCandles.bar(timeframe).orElseThrow() + ":BTC-USDT");
        }
    }

    @Test
    void describesTheBusinessEndpointAndItsLimits() {
        assertThat(streams.exchange()).isEqualTo(Exchange.OKX);
        assertThat(streams.defaultUrl() + streams.path()).isEqualTo("wss://ws.okx.com/ws/v5/business");
        assertThat(streams.maxMessagesPerSecond()).isEqualTo(3);
        // a full connection's subscriptions are a small part of OKX's 480 requests an hour
        assertThat(streams.maxStreamsPerConnection() / OkxStreams.CHANNELS_PER_FRAME)
                .isLessThanOrEqualTo(48);
        assertThat(streams.maxConnectionLife()).isEmpty();
    }

    @Test
    void subscriptionsGoOutFiftyChannelsToAFrameEachWellUnder4096Bytes() {
        List<String> names = IntStream.range(0, 120)
                .mapToObj(i -> "candle12Hutc:LONGERCOIN" + i + "-USDT")
                .toList();

        List<String> frames = streams.subscribeMessages(names);

        assertThat(frames).hasSize(3);
        assertThat(frames)
                .allSatisfy(f ->
                        assertThat(f.getBytes(StandardCharsets.UTF_8).length).isLessThan(4096));
        JsonNode last = json(frames.get(2));
        assertThat(last.get("op").asText()).isEqualTo("subscribe");
        assertThat(json(frames.get(0)).get("args").size()).isEqualTo(50);
        assertThat(last.get("args").size()).isEqualTo(20);
        assertThat(last.get("args").get(19).get("channel").asText()).isEqualTo("candle12Hutc");
        assertThat(last.get("args").get(19).get("instId").asText()).isEqualTo("LONGERCOIN119-USDT");
        assertThatThrownBy(() -> streams.subscribeMessages(List.of("candle1H")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pingsWithTheTextPingAndReadsTheTextPong() {
        assertThat(streams.pingMessage()).contains("ping");
        assertThat(streams.pingInterval()).isLessThan(Duration.ofSeconds(30));
        assertThat(streams.read("pong")).isEqualTo(new StreamMessage.Pong());
        assertThat(streams.read("ping")).isInstanceOf(StreamMessage.Ignored.class);
    }

    @Test
    void theDocumentedAnswersAreAnAcknowledgementAndARefusal() {
        String subscribed = "{\"id\":\"1512\",\"event\":\"subscribe\",\"arg\":{\"channel\":\"candle1D\","
                + "\"instId\":\"BTC-USDT\"},\"connId\":\"a4d3ae55\"}";
        String refused = "{\"id\":\"1512\",\"event\":\"error\",\"code\":\"60012\",\"msg\":\"Invalid request: "
                + "{\\\"op\\\": \\\"subscribe\\\", \\\"argss\\\":[{ \\\"channel\\\" : \\\"candle1D\\\", "
                + "\\\"instId\\\" : \\\"BTC-USD-191227\\\"}]}\",\"connId\":\"a4d3ae55\"}";

        assertThat(streams.read(subscribed)).isEqualTo(new StreamMessage.Acknowledged("subscribe candle1D:BTC-USDT"));
        assertThat(streams.read(refused))
                .isInstanceOfSatisfying(
                        StreamMessage.Refused.class,
                        r -> assertThat(r.reason())
                                .startsWith("Invalid request: {\"op\": \"subscribe\"")
                                .endsWith("(code 60012)"));
    }

    @Test
    void theNineFieldPushIsFormingUntilItsConfirmIsOne() {
        KlineUpdate forming = onlyUpdate(streams.read(NINE_FIELDS));
        KlineUpdate closed = onlyUpdate(streams.read(NINE_FIELDS.replace("\"0\"]]", "\"1\"]]")));

        assertThat(forming.stream()).isEqualTo("candle1D:BTC-USDT");
        assertThat(forming.candle()).isEqualTo(new Candle(1597026383085L, 8533.02, 8553.74, 8527.17, 8548.26, 45247));
        assertThat(forming.closed()).isFalse();
        assertThat(forming.eventTimeMs()).isZero();
        assertThat(closed.closed()).isTrue();
    }

    @Test
    void theOlderSevenFieldPushHasNoConfirmAndIsForming() {
        KlineUpdate update = onlyUpdate(streams.read(SEVEN_FIELDS));

        assertThat(update.stream()).isEqualTo("candle1m:BTC-USDT");
        assertThat(update.candle()).isEqualTo(new Candle(1626690720000L, 31334, 31334, 31334, 31334, 0.0077));
        assertThat(update.closed()).isFalse();
    }

    @Test
    void rowsOfOnePushAreUpdatesInOrderWhateverTheFieldOrder() {
        String frame = "{\"data\":[[\"1700000000000\",\"1\",\"2\",\"0.5\",\"1.5\",\"10\",\"15\",\"15\",\"1\"],"
                + "[\"1700003600000\",\"1.5\",\"1.6\",\"1.4\",\"1.5\",\"3\",\"4.5\",\"4.5\",\"0\"]],"
                + "\"arg\":{\"channel\":\"candle1H\",\"instId\":\"ETH-USDT\"}}";

        StreamMessage message = streams.read(frame);

        assertThat(((StreamMessage.Klines) message).updates())
                .extracting(KlineUpdate::stream, KlineUpdate::closed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("candle1H:ETH-USDT", true),
                        org.assertj.core.groups.Tuple.tuple("candle1H:ETH-USDT", false));
    }

    @Test
    void noticesOtherChannelsAndBrokenRowsAreIgnored() {
        String notice = "{\"event\":\"notice\",\"code\":\"64008\",\"msg\":\"The connection will soon be closed for a "
                + "service upgrade.\",\"connId\":\"a4d3ae55\"}";
        String tickers =
                "{\"arg\":{\"channel\":\"tickers\",\"instId\":\"BTC-USDT\"},\"data\":[{\"instId\":\"BTC-USDT\","
                        + "\"last\":\"9999.99\"}]}";

        assertThat(streams.read(notice)).isInstanceOf(StreamMessage.Ignored.class);
        assertThat(streams.read(tickers)).isInstanceOf(StreamMessage.Ignored.class);
        assertThat(streams.read(NINE_FIELDS.replace("\"8548.26\"", "\"n/a\"")))
                .isInstanceOfSatisfying(
                        StreamMessage.Ignored.class, m -> assertThat(m.what()).contains("c is not a number"));
        assertThat(streams.read(
                        "{\"arg\":{\"channel\":\"candle1H\",\"instId\":\"BTC-USDT\"},\"data\":[[\"1\",\"2\"]]}"))
                .isInstanceOf(StreamMessage.Ignored.class);
    }

    @Test
    void malformedAndRandomFramesNeverThrow() {
        assertReadAsNoCandles(streams, garbage(NINE_FIELDS));
        assertReadAsNoCandles(streams, garbage(SEVEN_FIELDS));
    }
}

package io.fastscanner.marketdata.exchanges.bybit;

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
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bybit's v5 spot kline streams against the push of Bybit's kline docs (ws-kline.json) and the answers of its
 * connect page (https://bybit-exchange.github.io/docs/v5/ws/connect), written here.
 */
class BybitStreamsTest {

    private static final JsonNode DOCUMENTED = StreamFixtures.wsKline("bybit");
    private static final String PUSH =
            DOCUMENTED.get("messages").get(0).get("message").toString();

    private final BybitStreams streams = new BybitStreams();

    private String name(String base, String quote, Timeframe timeframe) {
        return streams.streamName(new StreamKey(MarketSymbol.of(base, quote), timeframe))
                .orElseThrow();
    }

    /** The documented push, changed by {@code change} (its first {@code data} element). */
    private static String push(Consumer<ObjectNode> change) {
        ObjectNode frame = (ObjectNode) json(PUSH);
        change.accept((ObjectNode) frame.get("data").get(0));
        return frame.toString();
    }

    @Test
    void topicsUseTheIntervalsOfTheRestKlines() {
        assertThat(name("BTC", "USDT", Timeframe.M5)).isEqualTo("kline.5.BTCUSDT");
        assertThat(name("BTC", "USDT", Timeframe.H1)).isEqualTo("kline.60.BTCUSDT");
        assertThat(name("ETH", "USDC", Timeframe.H4)).isEqualTo("kline.240.ETHUSDC");
        assertThat(name("SOL", "BTC", Timeframe.D1)).isEqualTo("kline.D.SOLBTC");
        assertThat(name("XRP", "USDT", Timeframe.W1)).isEqualTo("kline.W.XRPUSDT");
        for (Timeframe timeframe : Timeframe.values()) {
            assertThat(name("BTC", "USDT", timeframe))
                    .isEqualTo("kline." + new BybitApi().interval(timeframe).orElseThrow() + ".BTCUSDT");
        }
    }

    @Test
    void describesTheSpotEndpointAndItsLimits() {
        assertThat(streams.exchange()).isEqualTo(Exchange.BYBIT);
        assertThat(streams.defaultUrl() + streams.path()).isEqualTo("wss://stream.bybit.com/v5/public/spot");
        assertThat(DOCUMENTED.get("url").asText()).contains(streams.defaultUrl() + streams.path());
        assertThat(streams.maxStreamsPerConnection() * ("kline.720.".length() + 29 + 3))
                .isLessThanOrEqualTo(21_000);
        assertThat(streams.maxConnectionLife()).isEmpty();
    }

    @Test
    void twentyFiveTopicsSubscribeInThreeFramesOfAtMostTen() {
        List<String> topics = IntStream.range(0, 25)
                .mapToObj(i -> "kline.1.COIN" + i + "USDT")
                .toList();

        List<String> frames = streams.subscribeMessages(topics);

        assertThat(frames).hasSize(3);
        List<String> subscribed = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            JsonNode frame = json(frames.get(i));
            assertThat(frame.get("op").asText()).isEqualTo("subscribe");
            assertThat(frame.get("req_id").isTextual()).isTrue();
            assertThat(frame.get("req_id").asText()).isEqualTo(Integer.toString(i + 1));
            assertThat(frame.get("args").size()).isEqualTo(i < 2 ? 10 : 5);
            frame.get("args").forEach(arg -> subscribed.add(arg.asText()));
        }
        assertThat(subscribed).isEqualTo(topics);
    }

    @Test
    void pingsEveryTwentySecondsAndReadsBothPongs() {
        assertThat(json(streams.pingMessage().orElseThrow()).get("op").asText()).isEqualTo("ping");
        assertThat(streams.pingInterval()).isEqualTo(Duration.ofSeconds(20));
        // the spot and the option/spread pong examples of the connect page
        String spot = "{\"success\":true,\"ret_msg\":\"pong\",\"conn_id\":\"0970e817-426e-429a-a679-ff7f55e0b16a\","
                + "\"op\":\"ping\"}";
        String other = "{\"args\":[\"1672916271846\"],\"op\":\"pong\"}";

        assertThat(streams.read(spot)).isEqualTo(new StreamMessage.Pong());
        assertThat(streams.read(other)).isEqualTo(new StreamMessage.Pong());
    }

    @Test
    void aSubscriptionAnswerIsAnAcknowledgementAndAFailureARefusalInBybitsWords() {
        // the "Public Spot" subscription answer of the connect page
        String spot =
                "{\"success\":true,\"ret_msg\":\"subscribe\",\"conn_id\":\"2324d924-aa4d-45b0-a858-7b8be29ab52b\","
                        + "\"req_id\":\"10001\",\"op\":\"subscribe\"}";
        // the same answer with success false; Bybit shows no refusal example, so its ret_msg is made up
        String refused = "{\"success\":false,\"ret_msg\":\"unknown topic kline.5.NOPEUSDT\","
                + "\"conn_id\":\"2324d924-aa4d-45b0-a858-7b8be29ab52b\",\"req_id\":\"2\",\"op\":\"subscribe\"}";

        assertThat(streams.read(spot)).isEqualTo(new StreamMessage.Acknowledged("subscribe 10001"));
        assertThat(streams.read(refused)).isEqualTo(new StreamMessage.Refused("unknown topic kline.5.NOPEUSDT"));
    }

    @Test
    void theDocumentedPushIsOneFormingCandleTimedByItsTimestamp() {
        KlineUpdate update = onlyUpdate(streams.read(PUSH));

        assertThat(update.stream()).isEqualTo("kline.5.BTCUSDT");
        assertThat(update.candle()).isEqualTo(new Candle(1672324800000L, 16649.5, 16677, 16608, 16677, 2.081));
        assertThat(update.closed()).isFalse();
        assertThat(update.eventTimeMs()).isEqualTo(1672324988882L);
    }

    @Test
    void aConfirmedCandleIsClosedAndWithoutTimestampItIsTimedByTheFrame() {
        KlineUpdate update = onlyUpdate(streams.read(push(k -> {
                    k.put("confirm", true);
                    k.remove("timestamp");
                })
                .replace("\"ts\":1672324988882", "\"ts\":1672325100001")));

        assertThat(update.closed()).isTrue();
        assertThat(update.eventTimeMs()).isEqualTo(1672325100001L);
    }

    @Test
    void everyElementOfDataIsAnUpdateInOrder() {
        ObjectNode frame = (ObjectNode) json(PUSH);
        ObjectNode next = frame.get("data").get(0).deepCopy();
        next.put("start", 1672325100000L).put("open", 16677).put("confirm", false);
        ((com.fasterxml.jackson.databind.node.ArrayNode) frame.get("data")).add(next);

        StreamMessage message = streams.read(frame.toString());

        assertThat(((StreamMessage.Klines) message).updates())
                .extracting(u -> u.candle().openTimeMs())
                .containsExactly(1672324800000L, 1672325100000L);
    }

    @Test
    void otherTopicsUnknownFramesAndBrokenCandlesAreIgnored() {
        String trade = "{\"topic\":\"publicTrade.BTCUSDT\",\"type\":\"snapshot\",\"ts\":1672304486868,"
                + "\"data\":[{\"T\":1672304486865,\"s\":\"BTCUSDT\",\"S\":\"Buy\",\"v\":\"0.001\",\"p\":\"16578.50\"}]}";

        assertThat(streams.read(trade)).isEqualTo(new StreamMessage.Ignored("topic publicTrade.BTCUSDT"));
        assertThat(streams.read("{\"topic\":\"kline.5.BTCUSDT\",\"data\":[]}"))
                .isInstanceOf(StreamMessage.Ignored.class);
        assertThat(streams.read(push(k -> k.remove("volume"))))
                .isInstanceOfSatisfying(
                        StreamMessage.Ignored.class, m -> assertThat(m.what()).contains("volume"));
        assertThat(streams.read(push(k -> k.put("open", "")))).isInstanceOf(StreamMessage.Ignored.class);
        assertThat(streams.read("{\"req_id\":\"1\"}")).isInstanceOf(StreamMessage.Ignored.class);
    }

    @Test
    void malformedAndRandomFramesNeverThrow() {
        assertReadAsNoCandles(streams, garbage(PUSH));
    }
}

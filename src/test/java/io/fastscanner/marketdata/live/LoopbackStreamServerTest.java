package io.fastscanner.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.testing.Waits;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The stand-in of the streams speaks as the service's own protocols read: what it pushes is read back as the candle
 * pushed, what they send subscribes what they name, its signs of life carry no candle; and it closes a Binance
 * connection that subscribes more than 1024 streams.
 */
class LoopbackStreamServerTest {

    private static final Map<Exchange, LoopbackDialect> DIALECTS = Map.of(
            Exchange.BINANCE, new BinanceDialect(), Exchange.BYBIT, new BybitDialect(), Exchange.OKX, new OkxDialect());
    private static final Map<Exchange, String> STREAMS = Map.of(
            Exchange.BINANCE, BinanceDialect.hourly("BTCUSDT"),
            Exchange.BYBIT, BybitDialect.hourly("BTCUSDT"),
            Exchange.OKX, OkxDialect.hourly("BTC", "USDT"));

    private final MarketTruth market = new MarketTruth(List.of("BTC"));
    private final Vertx vertx = Vertx.vertx();
    private LoopbackStreamServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        vertx.close();
    }

    @Test
    void eachExchangesPushesSubscriptionsAndSignsOfLifeReadAsTheServiceReadsThem() {
        TruthCandle truth = market.hourly("BTCUSDT", 1_796_169_600_000L);
        Candle candle = new Candle(
                truth.openMs(),
                Double.parseDouble(truth.open()),
                Double.parseDouble(truth.high()),
                Double.parseDouble(truth.low()),
                truth.closeValue(),
                Double.parseDouble(truth.volume()));
        DIALECTS.forEach((exchange, dialect) -> {
            StreamProtocol protocol = StreamProtocols.of(exchange).orElseThrow();
            String stream = STREAMS.get(exchange);
            assertThat(protocol.streamName(new StreamKey(MarketSymbol.of("BTC", "USDT"), Timeframe.H1)))
                    .contains(stream);
            for (boolean closed : new boolean[] {true, false}) {
                StreamMessage read = protocol.read(dialect.kline(stream, truth, closed, truth.openMs()));
                assertThat(read).as(exchange + " push").isInstanceOf(StreamMessage.Klines.class);
                KlineUpdate update = ((StreamMessage.Klines) read).updates().get(0);
                assertThat(update.stream()).isEqualTo(stream);
                assertThat(update.candle()).isEqualTo(candle);
                assertThat(update.closed()).isEqualTo(closed);
            }
            List<String> subscribed = protocol.subscribeMessages(List.of(stream)).stream()
                    .map(dialect::answer)
                    .flatMap(reply -> {
                        reply.answers()
                                .forEach(answer -> assertThat(protocol.read(answer))
                                        .as(exchange + " answer")
                                        .isInstanceOf(StreamMessage.Acknowledged.class));
                        return reply.subscribed().stream();
                    })
                    .toList();
            assertThat(subscribed).containsExactly(stream);
            assertThat(protocol.read(dialect.keepAlive())).isNotInstanceOf(StreamMessage.Klines.class);
            protocol.pingMessage()
                    .ifPresent(ping -> assertThat(
                                    protocol.read(dialect.answer(ping).answers().get(0)))
                            .isInstanceOf(StreamMessage.Pong.class));
        });
    }

    @Test
    void aBinanceConnectionSubscribingMoreThan1024StreamsIsClosed() {
        server = LoopbackStreamServer.start(market::nowMs);
        StreamProtocol binance = StreamProtocols.of(Exchange.BINANCE).orElseThrow();
        List<String> names = LiveSymbols.MANY.stream()
                .map(base -> BinanceDialect.hourly(base + "USDT"))
                .toList();
        AtomicReference<Short> closedWith = new AtomicReference<>();
        vertx.createWebSocketClient()
                .connect(new WebSocketConnectOptions()
                        .setHost("127.0.0.1")
                        .setPort(server.port())
                        .setURI(BinanceDialect.PATH))
                .onSuccess((WebSocket ws) -> {
                    ws.closeHandler(v -> closedWith.set(ws.closeStatusCode()));
                    binance.subscribeMessages(names).forEach(ws::writeTextMessage);
                });

        Waits.await("the connection closed by the server").until(() -> closedWith.get() != null);
        assertThat(closedWith.get()).isEqualTo((short) 1008);
        assertThat(server.connections()).singleElement().satisfies(c -> {
            assertThat(c.ending()).isEqualTo("too many streams");
            assertThat(c.streams()).hasSize(1025);
        });
    }
}

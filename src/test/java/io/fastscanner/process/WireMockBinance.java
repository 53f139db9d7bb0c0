package io.fastscanner.process;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.fastscanner.marketdata.binance.BinanceFixtures.EXCHANGE_INFO;
import static io.fastscanner.marketdata.binance.BinanceFixtures.KLINES;
import static io.fastscanner.marketdata.binance.BinanceFixtures.TICKER;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.binance.BinanceFixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** WireMock answering as Binance for packaged services: a few USDT pairs, 1,000 closed candles per timeframe. */
final class WireMockBinance {

    private WireMockBinance() {}

    /** Started; each timeframe's candles are answered after {@code delay} of that timeframe. */
    static WireMockServer start(List<String> bases, Function<Timeframe, Duration> delay) {
        WireMockServer exchange = new WireMockServer(options().dynamicPort().containerThreads(64));
        exchange.start();
        long now = Instant.now().toEpochMilli();
        BinanceFixtures.stub(exchange, EXCHANGE_INFO, 200, BinanceFixtures.exchangeInfo(bases));
        BinanceFixtures.stub(exchange, TICKER, 200, BinanceFixtures.tickers(bases, now));
        for (Timeframe tf : List.of(Timeframe.M15, Timeframe.M30, Timeframe.H1, Timeframe.H4, Timeframe.D1)) {
            long interval = tf.duration().toMillis();
            long lastClosedOpen = (now / interval - 1) * interval;
            exchange.stubFor(get(urlPathEqualTo(KLINES))
                    .withQueryParam("interval", equalTo(tf.label()))
                    .willReturn(aResponse()
                            .withStatus(200)
                            .withHeader("Content-Type", "application/json")
                            .withFixedDelay((int) delay.apply(tf).toMillis())
                            .withBody(BinanceFixtures.klines(lastClosedOpen - 999 * interval, interval, 1000))));
        }
        return exchange;
    }
}

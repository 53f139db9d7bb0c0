package io.fastscanner.marketdata.exchanges.kraken;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.ohlc;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenAnswers.text;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.NOW;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.OHLC;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.PAIRS;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.TICKER;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.candles;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.ohlcRequest;
import static io.fastscanner.marketdata.exchanges.kraken.KrakenStandIn.sym;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.scan.Universe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Kraken source against the stand-in ({@link KrakenStandIn}) when Kraken answers: the candles it asks for and
 * builds, the tickers and the instruments it keeps.
 */
class KrakenSourceTest {

    private final SpotHarness harness = KrakenStandIn.start();

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theRecordedAnswerBecomesClosedCandlesInMillisecondsOldestFirst() {
        // the 5 closed hours before the forming 15:00 one, 10:00 to 14:00, are the rows open after 09:59:59; the
        // stand-in serves the recording as it is (trimmed by its author to 5 older hours and the forming 15:00 one)
        long since = Instant.parse("2024-02-01T09:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSDT", "60", since).willReturn(okJson(text("klines.json"))));

        CandleSeries series = await(harness.source.candles(sym("BTC/USDT"), Timeframe.H1, 5));

        assertThat(series.symbol()).isEqualTo(sym("BTC/USDT"));
        assertThat(series.timeframe()).isEqualTo(Timeframe.H1);
        List<Candle> candles = candles(series);
        assertThat(candles).hasSize(5);
        assertThat(candles.get(0))
                .isEqualTo(new Candle(1706626800000L, 43437.5, 43593.7, 43355.5, 43361.1, 18.75430110));
        assertThat(candles.get(3))
                .isEqualTo(new Candle(1706637600000L, 43398.3, 43500.5, 42983.1, 43386.6, 81.88339686));
        assertThat(candles.get(4))
                .isEqualTo(new Candle(1706641200000L, 43375.0, 43539.7, 43357.1, 43539.7, 10.82796308));
        assertThat(candles).extracting(Candle::openTimeMs).isSorted().doesNotContain(1706799600000L);
        assertThat(harness.requests(OHLC)).isEqualTo(1);
    }

    @Test
    void aLimitAboveTheRowsOfOneRequestIsOneRequestForEveryReachableCandle() {
        // only the 720 newest hours exist, the forming 15:00 one included: 719 closed, the oldest 719 h before 15:00
        long oldest = Instant.parse("2024-02-01T15:00:00Z")
                .minus(Duration.ofHours(719))
                .getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", oldest - 1)
                .willReturn(okJson(ohlc("XXBTZUSD", 3600, NOW.getEpochSecond(), oldest - 1))));

        CandleSeries series = await(harness.source.candles(sym("BTC/USD"), Timeframe.H1, 1000));

        assertThat(harness.requests(OHLC)).isEqualTo(1);
        assertThat(harness.source.maxCandles()).isEqualTo(719);
        assertThat(series.size()).isEqualTo(719);
        List<Candle> candles = candles(series);
        assertThat(candles.get(0).openTimeMs()).isEqualTo(oldest * 1000);
        assertThat(candles.get(718).openTimeMs())
                .isEqualTo(Instant.parse("2024-02-01T14:00:00Z").toEpochMilli());
        for (int i = 1; i < candles.size(); i++) {
            assertThat(candles.get(i).openTimeMs() - candles.get(i - 1).openTimeMs())
                    .isEqualTo(3_600_000L);
        }
    }

    @Test
    void twelveHourCandlesAreBuiltFromKrakensFourHourOnes() {
        long since = Instant.parse("2023-12-13T11:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "240", since)
                .willReturn(okJson(ohlc("XXBTZUSD", 4 * 3600, NOW.getEpochSecond(), since))));

        CandleSeries series = await(harness.source.candles(sym("BTC/USD"), Timeframe.H12, 100));

        assertThat(harness.source.builtTimeframes())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        Timeframe.H2, Timeframe.H1,
                        Timeframe.H6, Timeframe.H1,
                        Timeframe.H12, Timeframe.H4,
                        Timeframe.W1, Timeframe.D1));
        List<Candle> candles = candles(series);
        assertThat(candles).hasSize(100);
        assertThat(candles.get(99).openTimeMs())
                .isEqualTo(Instant.parse("2024-02-01T00:00:00Z").toEpochMilli());
        List<Candle> fourHours = List.of(
                fourHours(Instant.parse("2023-12-13T12:00:00Z")),
                fourHours(Instant.parse("2023-12-13T16:00:00Z")),
                fourHours(Instant.parse("2023-12-13T20:00:00Z")));
        assertThat(candles.get(0))
                .isEqualTo(new Candle(
                        Instant.parse("2023-12-13T12:00:00Z").toEpochMilli(),
                        fourHours.get(0).open(),
                        fourHours.stream().mapToDouble(Candle::high).max().orElseThrow(),
                        fourHours.stream().mapToDouble(Candle::low).min().orElseThrow(),
                        fourHours.get(2).close(),
                        fourHours.get(0).volume()
                                + fourHours.get(1).volume()
                                + fourHours.get(2).volume()));
    }

    private static Candle fourHours(Instant open) {
        var row = KrakenAnswers.row(KrakenAnswers.recordedRows(), open.getEpochSecond(), 4 * 3600);
        return new Candle(
                open.toEpochMilli(),
                row.get(1).asDouble(),
                row.get(2).asDouble(),
                row.get(3).asDouble(),
                row.get(4).asDouble(),
                row.get(6).asDouble());
    }

    @Test
    void theUniverseIsRankedFromOneTickerRequestForEveryPair() {
        Map<MarketSymbol, Ticker24h> tickers = await(harness.source.tickers());

        assertThat(tickers).hasSize(8);
        assertThat(Universe.top(tickers.values(), harness.source.defaultQuote(), 3))
                .containsExactly(sym("BTC/USD"), sym("ETH/USD"), sym("SOL/USD"));
        assertThat(tickers.get(sym("BTC/USD")).lastPrice()).isEqualTo(73385.1);
        assertThat(harness.requests(TICKER)).isEqualTo(1);
        assertThat(harness.wireMock.getAllServeEvents())
                .filteredOn(e -> e.getRequest().getUrl().startsWith(TICKER))
                .allSatisfy(e -> assertThat(e.getRequest().getUrl()).isEqualTo(TICKER));
    }

    @Test
    void theInstrumentsAreFetchedOnceForSeveralCalls() {
        long since = Instant.parse("2024-02-01T12:59:59Z").getEpochSecond();
        harness.wireMock.stubFor(ohlcRequest("XBTUSD", "60", since)
                .willReturn(okJson(ohlc("XXBTZUSD", 3600, NOW.getEpochSecond(), since))));
        harness.wireMock.stubFor(ohlcRequest("XDGUSD", "60", since)
                .willReturn(okJson(ohlc("XDGUSD", 3600, NOW.getEpochSecond(), since))));

        await(harness.source.candles(sym("BTC/USD"), Timeframe.H1, 2));
        CandleSeries doge = await(harness.source.candles(sym("DOGE/USD"), Timeframe.H1, 2));
        await(harness.source.tickers());

        assertThat(doge.size()).isEqualTo(2);
        assertThat(harness.requests(PAIRS)).isEqualTo(1);
        assertThat(harness.requests(OHLC)).isEqualTo(2);
        assertThat(harness.requests(TICKER)).isEqualTo(1);
        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.counted("candles", "200")).isEqualTo(2);
    }
}

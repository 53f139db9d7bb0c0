package io.fastscanner.marketdata.exchanges.kucoin;

import static io.fastscanner.marketdata.exchanges.SpotHarness.await;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinAnswers.text;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.BTC;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.CANDLES;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.SYMBOLS;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.TICKERS;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.ok;
import static io.fastscanner.marketdata.exchanges.kucoin.KucoinStandIn.stubCandles;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.exchanges.SpotHarness;
import io.fastscanner.marketdata.exchanges.SpotMarketDataSource;
import io.fastscanner.scan.Universe;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The KuCoin source against the stand-in ({@link KucoinStandIn}) when KuCoin answers: candles recorded, paged and
 * built into weeks, a renamed pair, the default universe and the instruments it keeps.
 */
class KucoinSourceTest {

    private final SpotHarness harness = KucoinStandIn.start();
    private final SpotMarketDataSource source = harness.source;

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theRecordedAnswerBecomesAnAscendingSeriesInMilliseconds() {
        stubCandles(harness, "BTC-USDT", "1hour", 1706630399, 1706637601, ok(text("klines.json")));

        CandleSeries series = await(source.candles(BTC, Timeframe.H1, 3));

        assertThat(series.symbol()).isEqualTo(BTC);
        assertThat(series.timeframe()).isEqualTo(Timeframe.H1);
        assertThat(series.size()).isEqualTo(3);
        assertThat(series.candle(0))
                .isEqualTo(new Candle(1706630400000L, 43383.7, 43521.9, 43222.8, 43501, 101.30420492));
        assertThat(series.candle(1))
                .isEqualTo(new Candle(1706634000000L, 43501.1, 43598.9, 43305.2, 43396.4, 101.11170513));
        assertThat(series.candle(2))
                .isEqualTo(new Candle(1706637600000L, 43396.4, 43491.9, 43285.2, 43369.4, 135.02905655));
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
    }

    @Test
    void theFormingCandleIsDroppedWhenKucoinSendsIt() {
        harness.clock.set(Instant.parse("2024-01-30T18:30:00Z")); // the 18:00 candle is still forming
        // asked for 16:00 and 17:00, the stand-in answers the recorded rows, the forming 18:00 one among them
        stubCandles(harness, "BTC-USDT", "1hour", 1706630399, 1706634001, ok(text("klines.json")));

        CandleSeries series = await(source.candles(BTC, Timeframe.H1, 2));

        assertThat(series.size()).isEqualTo(2);
        assertThat(series.candle(0).openTimeMs()).isEqualTo(1706630400000L);
        assertThat(series.lastCandle().openTimeMs()).isEqualTo(1706634000000L);
        assertThat(series.lastCandle().close()).isEqualTo(43396.4);
    }

    @Test
    void weeksAreBuiltFromDaysFetchedInPagesOf1500WithoutGapsOrDuplicates() {
        long lastWeek = Instant.parse("2024-01-22T00:00:00Z").toEpochMilli(); // Monday of the last closed week
        long firstDay = lastWeek - 249 * Timeframe.W1.millis();
        long day = Timeframe.D1.millis();
        KucoinDays days = new KucoinDays(firstDay);
        stubCandles(
                harness,
                "BTC-USDT",
                "1day",
                firstDay / 1000 - 1,
                (firstDay + 1499 * day) / 1000 + 1,
                ok(days.json(0, 1500)));
        stubCandles(
                harness,
                "BTC-USDT",
                "1day",
                (firstDay + 1500 * day) / 1000 - 1,
                (firstDay + 1749 * day) / 1000 + 1,
                ok(days.json(1500, 250)));

        CandleSeries series = await(source.candles(BTC, Timeframe.W1, 250));

        assertThat(harness.requests(CANDLES)).isEqualTo(2);
        assertThat(series.size()).isEqualTo(250);
        for (int i = 0; i < series.size(); i++) {
            assertThat(series.candle(i).openTimeMs()).isEqualTo(firstDay + i * Timeframe.W1.millis());
        }
        assertThat(series.candle(0)).isEqualTo(days.week(0));
        assertThat(series.candle(137)).isEqualTo(days.week(137));
        assertThat(series.lastCandle()).isEqualTo(days.week(249));
        assertThat(series.lastCandle().openTimeMs()).isEqualTo(lastWeek);
    }

    @Test
    void aRenamedPairIsRequestedByItsUnchangedSymbol() {
        stubCandles(harness, "LUNA-USDT", "1hour", 1706630399, 1706637601, ok(text("klines.json")));

        CandleSeries series = await(source.candles(MarketSymbol.of("LUNC", "USDT"), Timeframe.H1, 3));

        assertThat(series.size()).isEqualTo(3);
        assertThat(harness.requests(CANDLES)).isEqualTo(1);
    }

    @Test
    void theDefaultUniverseIsTheTopUsdtPairsByQuoteVolumeFromOneTickersRequest() {
        Map<MarketSymbol, Ticker24h> tickers = await(source.tickers());

        assertThat(source.defaultQuote()).isEqualTo("USDT");
        assertThat(Universe.top(tickers.values(), source.defaultQuote(), 3))
                .containsExactly(BTC, MarketSymbol.of("ETH", "USDT"), MarketSymbol.of("SOL", "USDT"));
        // USDC/USDT trades more than ETH, but a stablecoin is no market to scan
        assertThat(Universe.top(tickers.values(), "USDT", 10))
                .hasSize(6)
                .doesNotContain(MarketSymbol.of("USDC", "USDT"))
                .contains(MarketSymbol.of("LUNC", "USDT"));
        assertThat(tickers.get(BTC).changePercent()).isEqualTo(0.89);
        assertThat(harness.requests(TICKERS)).isEqualTo(1);
    }

    @Test
    void instrumentsAreFetchedOnceForSeveralCalls() {
        stubCandles(harness, "BTC-USDT", "1hour", 1706630399, 1706637601, ok(text("klines.json")));
        stubCandles(harness, "LUNA-USDT", "1hour", 1706630399, 1706637601, ok(text("klines.json")));

        await(source.symbols());
        await(source.tickers());
        await(source.candles(BTC, Timeframe.H1, 3));
        await(source.candles(MarketSymbol.of("LUNC", "USDT"), Timeframe.H1, 3));

        assertThat(harness.requests(SYMBOLS)).isEqualTo(1);
        assertThat(harness.counted("instruments", "200")).isEqualTo(1);
        assertThat(harness.requests(TICKERS)).isEqualTo(1);
        assertThat(harness.requests(CANDLES)).isEqualTo(2);
    }
}

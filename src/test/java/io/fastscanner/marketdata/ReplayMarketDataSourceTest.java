package io.fastscanner.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.smallrye.mutiny.Uni;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayMarketDataSourceTest {

    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final MarketSymbol HOLO = MarketSymbol.of("HOLO", "USDT");
    private static ReplayDataSet bundled;

    @BeforeAll
    static void load() {
        bundled = ReplayDataSet.bundled();
    }

    private static <T> T await(Uni<T> uni) {
        return uni.await().atMost(Duration.ofSeconds(10));
    }

    @Test
    void bundlesFourteenPairsOnFourTimeframes() {
        assertThat(bundled.symbols()).hasSize(14).contains(BTC, HOLO, MarketSymbol.of("SANTOS", "USDT"));
        assertThat(bundled.timeframes())
                .containsExactlyInAnyOrder(Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1);
    }

    @Test
    void clockStandsAtTheLatestCloseEverySeriesReaches() {
        var source = new ReplayMarketDataSource(bundled, false);
        // ADA/USDT and ETH/USDT daily candles end with the 2026-04-20 candle, which closes at 2026-04-21T00:00Z.
        assertThat(source.now()).isEqualTo(Instant.parse("2026-04-21T00:00:00Z"));
    }

    @Test
    void servesOnlyCandlesClosedAtTheClockAndHonoursTheLimit() {
        var source = new ReplayMarketDataSource(bundled, false);
        CandleSeries series = await(source.candles(BTC, Timeframe.H1, 500));
        assertThat(series.size()).isEqualTo(500);
        assertThat(series.lastCloseTimeMs()).isEqualTo(source.now().toEpochMilli());
        assertThat(series.openTime(0)).isEqualTo(source.now().toEpochMilli() - 500 * 3_600_000L);
    }

    @Test
    void aSymbolListedLaterHasFewerCandlesNeverPadded() {
        var source = new ReplayMarketDataSource(bundled, false);
        CandleSeries daily = await(source.candles(HOLO, Timeframe.D1, 1000));
        assertThat(daily.openTime(0))
                .isGreaterThanOrEqualTo(Instant.parse("2025-09-11T00:00:00Z").toEpochMilli());
        assertThat(daily.size()).isLessThan(240);
    }

    @Test
    void advancesOneCandleOfTheScanTimeframePerScanAfterTheFirst() {
        var source = new ReplayMarketDataSource(bundled, true);
        Instant start = source.now();
        source.beforeScan(Timeframe.H1);
        assertThat(source.now()).isEqualTo(start);
        source.beforeScan(Timeframe.H1);
        assertThat(source.now()).isEqualTo(start.plus(Duration.ofHours(1)));
        CandleSeries series = await(source.candles(BTC, Timeframe.H1, 10));
        assertThat(series.lastCloseTimeMs()).isEqualTo(source.now().toEpochMilli());
    }

    @Test
    void doesNotAdvanceWithoutTheSetting() {
        var source = new ReplayMarketDataSource(bundled, false);
        Instant start = source.now();
        source.beforeScan(Timeframe.H1);
        source.beforeScan(Timeframe.H1);
        assertThat(source.now()).isEqualTo(start);
    }

    @Test
    void derivesTickersFromTheFinestTimeframe() {
        var source = new ReplayMarketDataSource(bundled, false);
        var tickers = await(source.tickers());
        assertThat(tickers).hasSize(14);
        Ticker24h btc = tickers.get(BTC);
        CandleSeries m15 = await(source.candles(BTC, Timeframe.M15, 96));
        assertThat(btc.lastPrice()).isEqualTo(m15.closes()[95]);
        double open24h = m15.opens()[0];
        assertThat(btc.changePercent()).isCloseTo((btc.lastPrice() - open24h) / open24h * 100, offset(1e-9));
        assertThat(btc.quoteVolume()).isPositive();
    }

    @Test
    void loadsADirectoryOfTheSameLayout(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("1h"));
        StringBuilder csv = new StringBuilder("open_time_ms,open,high,low,close,volume\n");
        for (int i = 0; i < 50; i++) {
            csv.append(3_600_000L * (1000 + i)).append(",10,11,9,10.5,100\n");
        }
        Files.writeString(dir.resolve("1h/ABC_USDT.csv"), csv);
        Files.writeString(dir.resolve("1h/README.txt"), "ignored");
        var source = new ReplayMarketDataSource(ReplayDataSet.fromDirectory(dir), false);
        assertThat(await(source.symbols())).containsExactly(MarketSymbol.of("ABC", "USDT"));
        assertThat(source.now().toEpochMilli()).isEqualTo(3_600_000L * 1050);
        assertThat(await(source.candles(MarketSymbol.of("ABC", "USDT"), Timeframe.H1, 500))
                        .size())
                .isEqualTo(50);
    }

    @Test
    void rejectsABrokenFileWithItsNameAndRow(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("1h"));
        Files.writeString(
                dir.resolve("1h/ABC_USDT.csv"),
                "open_time_ms,open,high,low,close,volume\n3600000,10,11,9,10,1\n3600000,10,11,9,10,1\n");
        assertThatThrownBy(() -> ReplayDataSet.fromDirectory(dir))
                .hasMessageContaining("1h/ABC_USDT.csv row 2")
                .hasMessageContaining("increase strictly");
    }

    @Test
    void unknownSymbolIsNoData() {
        var source = new ReplayMarketDataSource(bundled, false);
        assertThatThrownBy(() -> await(source.candles(MarketSymbol.of("NOPE", "USDT"), Timeframe.H1, 10)))
                .isInstanceOf(NoSuchMarketDataException.class);
    }
}

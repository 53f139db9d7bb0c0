package io.fastscanner.marketdata.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.NoSuchMarketDataException;
import io.fastscanner.marketdata.Ticker24h;
import io.fastscanner.marketdata.Timeframe;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticMarketDataSourceTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:34:56.789Z");
    static final List<Timeframe> MAIN_TIMEFRAMES = List.of(Timeframe.M15, Timeframe.H1, Timeframe.H4, Timeframe.D1);

    static SyntheticMarketDataSource source(int symbols, long seed, Instant now) {
        return new SyntheticMarketDataSource(symbols, seed, Clock.fixed(now, ZoneOffset.UTC));
    }

    static CandleSeries candles(SyntheticMarketDataSource source, MarketSymbol symbol, Timeframe tf, int limit) {
        return source.candles(symbol, tf, limit).await().indefinitely();
    }

    static List<MarketSymbol> symbols(SyntheticMarketDataSource source) {
        return new ArrayList<>(source.symbols().await().indefinitely());
    }

    @Test
    void namesItselfAndHonoursTheSymbolCount() {
        SyntheticMarketDataSource source = source(250, 42, NOW);
        Set<MarketSymbol> symbols = source.symbols().await().indefinitely();

        assertThat(source.exchange()).isEqualTo(Exchange.SYNTHETIC);
        assertThat(symbols).hasSize(250).allSatisfy(s -> {
            assertThat(s.quote()).isEqualTo("USDT");
            assertThat(s.base()).matches("SYN\\d{4}");
        });
        assertThat(symbols).contains(MarketSymbol.of("SYN0001", "USDT"), MarketSymbol.of("SYN0250", "USDT"));
        assertThat(source(12_345, 42, NOW).symbols().await().indefinitely())
                .hasSize(12_345)
                .contains(MarketSymbol.of("SYN12345", "USDT"));
    }

    @Test
    void rejectsANonPositiveSymbolCount() {
        assertThatThrownBy(() -> source(0, 42, NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servesTheMainTimeframesAndMore() {
        assertThat(source(1, 42, NOW).timeframes())
                .contains(
                        Timeframe.M15,
                        Timeframe.H1,
                        Timeframe.H4,
                        Timeframe.D1,
                        Timeframe.M1,
                        Timeframe.W1,
                        Timeframe.H2,
                        Timeframe.H12);
    }

    @Test
    void sameSeedGivesIdenticalCandles() {
        SyntheticMarketDataSource a = source(20, 7, NOW);
        SyntheticMarketDataSource b = source(20, 7, NOW);
        for (MarketSymbol symbol : symbols(a)) {
            for (Timeframe tf : MAIN_TIMEFRAMES) {
                assertCandlesEqual(candles(a, symbol, tf, 300), candles(b, symbol, tf, 300));
            }
        }
    }

    @Test
    void differentSeedGivesDifferentCandles() {
        MarketSymbol symbol = MarketSymbol.of("SYN0003", "USDT");
        CandleSeries a = candles(source(5, 1, NOW), symbol, Timeframe.H1, 200);
        CandleSeries b = candles(source(5, 2, NOW), symbol, Timeframe.H1, 200);
        assertThat(a.closes()).isNotEqualTo(b.closes());
    }

    @Test
    void historyDoesNotChangeAsTheClockMovesOrTheLimitChanges() {
        SyntheticMarketDataSource early = source(5, 42, NOW);
        SyntheticMarketDataSource later = source(5, 42, NOW.plusSeconds(3 * 86_400 + 1234));
        for (MarketSymbol symbol : symbols(early)) {
            for (Timeframe tf : Timeframe.values()) {
                CandleSeries before = candles(early, symbol, tf, 120);
                long span = later.now().toEpochMilli() - before.openTime(0);
                CandleSeries after = candles(later, symbol, tf, (int) (span / tf.millis()) + 1);
                int offset = indexOfOpenTime(after, before.openTime(0));
                assertThat(offset).as("%s %s overlap", symbol, tf).isGreaterThanOrEqualTo(0);
                int overlap = Math.min(before.size(), after.size() - offset);
                for (int i = 0; i < overlap; i++) {
                    assertThat(after.candle(offset + i)).isEqualTo(before.candle(i));
                }
            }
        }
    }

    @Test
    void candlesAreClosedAlignedContiguousAndEndAtTheLastCloseBeforeNow() {
        SyntheticMarketDataSource source = source(3, 42, NOW);
        for (Timeframe tf : Timeframe.values()) {
            CandleSeries series = candles(source, MarketSymbol.of("SYN0002", "USDT"), tf, 50);
            long interval = tf.millis();
            long expectedLastClose = Math.floorDiv(NOW.toEpochMilli(), interval) * interval;

            assertThat(series.timeframe()).isEqualTo(tf);
            assertThat(series.size()).isEqualTo(50);
            assertThat(series.lastCloseTimeMs())
                    .as(tf.label())
                    .isEqualTo(expectedLastClose)
                    .isLessThanOrEqualTo(NOW.toEpochMilli());
            for (int i = 0; i < series.size(); i++) {
                assertThat(Math.floorMod(series.openTime(i), interval)).isZero();
                if (i > 0) {
                    assertThat(series.openTime(i) - series.openTime(i - 1)).isEqualTo(interval);
                    assertThat(series.opens()[i]).isEqualTo(series.closes()[i - 1]);
                }
            }
        }
    }

    @Test
    void aCandleClosingExactlyAtNowIsIncluded() {
        Instant onTheHour = Instant.parse("2026-03-10T12:00:00Z");
        CandleSeries series = candles(source(1, 42, onTheHour), MarketSymbol.of("SYN0001", "USDT"), Timeframe.H1, 10);
        assertThat(series.lastCloseTimeMs()).isEqualTo(onTheHour.toEpochMilli());
    }

    @Test
    void respectsTheLimit() {
        SyntheticMarketDataSource source = source(2, 42, NOW);
        MarketSymbol symbol = MarketSymbol.of("SYN0001", "USDT");
        assertThat(candles(source, symbol, Timeframe.H1, 1).size()).isEqualTo(1);
        assertThat(candles(source, symbol, Timeframe.H4, 777).size()).isEqualTo(777);
        assertThat(candles(source, symbol, Timeframe.D1, 0).isEmpty()).isTrue();
        assertThat(candles(source, symbol, Timeframe.M15, Integer.MAX_VALUE).size())
                .isEqualTo(SyntheticMarketDataSource.MAX_CANDLES);
    }

    @Test
    void ohlcIsConsistentPositiveAndOnTheTickForManySymbolsAndAllTimeframes() {
        SyntheticMarketDataSource source = source(200, 42, NOW);
        for (MarketSymbol symbol : symbols(source)) {
            for (Timeframe tf : Timeframe.values()) {
                CandleSeries s = candles(source, symbol, tf, 150);
                for (int i = 0; i < s.size(); i++) {
                    double o = s.opens()[i];
                    double h = s.highs()[i];
                    double l = s.lows()[i];
                    double c = s.closes()[i];
                    assertThat(l)
                            .as("%s %s #%d low", symbol, tf, i)
                            .isPositive()
                            .isLessThanOrEqualTo(Math.min(o, c));
                    assertThat(h).as("%s %s #%d high", symbol, tf, i).isGreaterThanOrEqualTo(Math.max(o, c));
                    assertThat(s.volumes()[i]).isPositive().isFinite();
                    assertThat(significantDigits(c))
                            .as("%s close %s", symbol, c)
                            .isLessThanOrEqualTo(7);
                }
            }
        }
    }

    @Test
    void closesAgreeAcrossTimeframesAtSharedInstants() {
        SyntheticMarketDataSource source = source(10, 42, NOW);
        for (MarketSymbol symbol : symbols(source)) {
            CandleSeries fine = candles(source, symbol, Timeframe.M15, 4 * 24 * 8);
            for (Timeframe coarse : List.of(Timeframe.H1, Timeframe.H2, Timeframe.H4, Timeframe.H6, Timeframe.D1)) {
                CandleSeries series = candles(source, symbol, coarse, 5);
                for (int i = 0; i < series.size(); i++) {
                    long closeTime = series.openTime(i) + coarse.millis();
                    int fineIndex = indexOfOpenTime(fine, closeTime - Timeframe.M15.millis());
                    assertThat(fine.closes()[fineIndex])
                            .as("%s %s close", symbol, coarse)
                            .isEqualTo(series.closes()[i]);
                }
            }
        }
    }

    @Test
    void tickersCoverEverySymbolInOneCall() {
        SyntheticMarketDataSource source = source(300, 42, NOW);
        Map<MarketSymbol, Ticker24h> tickers = source.tickers().await().indefinitely();

        assertThat(tickers.keySet()).containsExactlyInAnyOrderElementsOf(symbols(source));
        MarketSymbol symbol = MarketSymbol.of("SYN0042", "USDT");
        Ticker24h ticker = tickers.get(symbol);
        CandleSeries day = candles(source, symbol, Timeframe.M15, 96);
        assertThat(ticker.lastPrice()).isEqualTo(day.lastCandle().close());
        assertThat(ticker.changePercent())
                .isCloseTo((day.lastCandle().close() / day.opens()[0] - 1) * 100, offset(1e-9));
        assertThat(ticker.quoteVolume()).isPositive();
        assertThat(ticker.asOfMs()).isEqualTo(day.lastCloseTimeMs());
    }

    @Test
    void unknownSymbolFails() {
        SyntheticMarketDataSource source = source(10, 42, NOW);
        assertThatThrownBy(() -> candles(source, MarketSymbol.of("SYN0011", "USDT"), Timeframe.H1, 10))
                .isInstanceOf(NoSuchMarketDataException.class)
                .hasMessageContaining("SYN0011/USDT");
        assertThatThrownBy(() -> candles(source, MarketSymbol.of("BTC", "USDT"), Timeframe.H1, 10))
                .isInstanceOf(NoSuchMarketDataException.class);
    }

    static void assertCandlesEqual(CandleSeries a, CandleSeries b) {
        assertThat(a.openTimes()).isEqualTo(b.openTimes());
        assertThat(a.opens()).isEqualTo(b.opens());
        assertThat(a.highs()).isEqualTo(b.highs());
        assertThat(a.lows()).isEqualTo(b.lows());
        assertThat(a.closes()).isEqualTo(b.closes());
        assertThat(a.volumes()).isEqualTo(b.volumes());
    }

    static int indexOfOpenTime(CandleSeries series, long openTime) {
        for (int i = 0; i < series.size(); i++) {
            if (series.openTime(i) == openTime) {
                return i;
            }
        }
        return -1;
    }

    static int significantDigits(double price) {
        return new BigDecimal(Double.toString(price)).stripTrailingZeros().precision();
    }
}

package io.fastscanner.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandleValidatorTest {

    private static final long H = Timeframe.H1.millis();

    @Test
    void cleanCandlesPassUnchanged() {
        CandleValidator.Result result = CandleValidator.validate(candles(40), Timeframe.H1, 35);
        assertThat(result.candles()).isEqualTo(candles(40));
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void unorderedAreSortedAndDuplicatesDroppedKeepingTheFirst() {
        List<Candle> messy = new ArrayList<>(candles(40));
        Candle dup = new Candle(messy.get(5).openTimeMs(), 1, 2, 0.5, 1.5, 3);
        messy.add(6, dup);
        messy.add(0, messy.remove(20));
        CandleValidator.Result result = CandleValidator.validate(messy, Timeframe.H1, 35);
        assertThat(result.candles()).isEqualTo(candles(40));
        assertThat(result.notes()).hasSize(2);
    }

    @Test
    void badValuesFailNamingTheCandle() {
        for (Candle bad : List.of(
                new Candle(0, Double.NaN, 2, 1, 1.5, 1),
                new Candle(0, 0, 2, 1, 1.5, 1),
                new Candle(0, -1, 2, 1, 1.5, 1),
                new Candle(0, 1.5, 1, 2, 1.5, 1),
                new Candle(0, 1.5, 2, 1, 1.5, -1),
                new Candle(0, 3, 2, 1, 1.5, 1),
                new Candle(0, 1.5, Double.POSITIVE_INFINITY, 1, 1.5, 1))) {
            List<Candle> list = new ArrayList<>(candles(40));
            list.set(
                    3,
                    new Candle(list.get(3).openTimeMs(), bad.open(), bad.high(), bad.low(), bad.close(), bad.volume()));
            assertThatThrownBy(() -> CandleValidator.validate(list, Timeframe.H1, 35))
                    .isInstanceOfSatisfying(MarketDataException.class, e -> {
                        assertThat(e.reason()).isEqualTo("invalid_data");
                        assertThat(e.getMessage()).endsWith("at candle 1970-01-01T03:00:00Z");
                    });
        }
    }

    @Test
    void emptyIsNoDataAndTooFewIsInsufficient() {
        assertThatThrownBy(() -> CandleValidator.validate(List.of(), Timeframe.H1, 35))
                .isInstanceOfSatisfying(
                        MarketDataException.class, e -> assertThat(e.reason()).isEqualTo("no_data"));
        assertThatThrownBy(() -> CandleValidator.validate(candles(34), Timeframe.H1, 35))
                .isInstanceOfSatisfying(
                        MarketDataException.class, e -> assertThat(e.reason()).isEqualTo("insufficient_data"));
    }

    @Test
    void oldGapsAreKeptAndRecentGapsFail() {
        List<Candle> old = new ArrayList<>(candles(80));
        old.remove(5);
        assertThat(CandleValidator.validate(old, Timeframe.H1, 35).notes())
                .singleElement()
                .asString()
                .startsWith("gap of 1 missing candles");
        List<Candle> recent = new ArrayList<>(candles(80));
        recent.remove(70);
        assertThatThrownBy(() -> CandleValidator.validate(recent, Timeframe.H1, 35))
                .isInstanceOfSatisfying(
                        MarketDataException.class, e -> assertThat(e.reason()).isEqualTo("invalid_data"));
    }

    private static List<Candle> candles(int n) {
        List<Candle> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new Candle(i * H, 100 + i, 101 + i, 99 + i, 100.5 + i, 10));
        }
        return list;
    }
}

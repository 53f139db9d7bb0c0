package io.fastscanner.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.analysis.Regime;
import io.fastscanner.analysis.RegimeClassifier;
import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.scan.QuickSignalCalculator;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Every alert kind, from two scans of hand-made candle series. */
class ChangeRulesTest {

    private static final ChangeRules RULES = new ChangeRules(20, 3.0);
    private static final MarketSymbol TEST = MarketSymbol.of("TEST", "USDT");
    private static final MarketSymbol X = MarketSymbol.of("X", "USDT");

    private static CandleSeries series(int n, IntToDoubleFunction closeAt) {
        List<Candle> candles = new ArrayList<>();
        double previous = closeAt.applyAsDouble(0);
        for (int i = 0; i < n; i++) {
            double close = closeAt.applyAsDouble(i);
            candles.add(new Candle(
                    i * 3_600_000L,
                    previous,
                    Math.max(previous, close) * 1.001,
                    Math.min(previous, close) * 0.999,
                    close,
                    100));
            previous = close;
        }
        return CandleSeries.of(MarketSymbol.of("TEST", "USDT"), Timeframe.H1, candles);
    }

    /** What a scan of this series reports: the quick signal, and the regime of the deep analysis. */
    private static SymbolSnapshot scan(CandleSeries s) {
        Instant now = Instant.ofEpochMilli(s.lastCloseTimeMs());
        ScanRow row = QuickSignalCalculator.analyse(s, null, Exchange.REPLAY, false, now, now)
                .row();
        Regime regime = RegimeClassifier.classify(s, IndicatorSeries.compute(s)).regime();
        return new SymbolSnapshot(row.signal(), row.strength(), row.price(), row.rsi(), regime);
    }

    private static List<AlertKind> kinds(List<ChangeRules.Change> changes) {
        return changes.stream().map(ChangeRules.Change::kind).toList();
    }

    // A long climb, then the same market after a sharp fall.
    private static final IntToDoubleFunction CLIMB_THEN_FALL =
            i -> i < 300 ? 100 * Math.pow(1.003, i) : 100 * Math.pow(1.003, 300) * Math.pow(0.985, i - 300);

    @Test
    void aRallyTurningIntoASellOffRaisesFlipStrengthPriceAndRsiAlerts() {
        SymbolSnapshot before = scan(series(300, CLIMB_THEN_FALL));
        SymbolSnapshot after = scan(series(312, CLIMB_THEN_FALL));
        assertThat(before.signal()).isEqualTo(SignalType.BUY);
        assertThat(after.signal()).isEqualTo(SignalType.SELL);
        List<ChangeRules.Change> changes = RULES.quick(TEST, before, after);
        assertThat(kinds(changes))
                .contains(AlertKind.SIGNAL_FLIP, AlertKind.STRENGTH_CHANGE, AlertKind.PRICE_MOVE, AlertKind.RSI_CROSS);
        assertThat(changes)
                .filteredOn(c -> c.kind().equals(AlertKind.SIGNAL_FLIP))
                .singleElement()
                .satisfies(c -> assertThat(c.message()).isEqualTo("TEST/USDT signal BUY -> SELL"));
        assertThat(changes)
                .filteredOn(c -> c.kind().equals(AlertKind.PRICE_MOVE))
                .singleElement()
                .satisfies(c -> assertThat(c.message()).contains("price down"));
        assertThat(changes)
                .filteredOn(c -> c.kind().equals(AlertKind.RSI_CROSS))
                .anySatisfy(c -> assertThat(c.message()).contains("crossed below 70"));
    }

    @Test
    void aQuietHourRaisesNothing() {
        SymbolSnapshot before = scan(series(300, i -> 100 * Math.pow(1.003, i)));
        SymbolSnapshot after = scan(series(301, i -> 100 * Math.pow(1.003, i)));
        assertThat(RULES.quick(TEST, before, after)).isEmpty();
    }

    @Test
    void rsiCrossingIntoOversoldAndOutAgainIsReported() {
        var down = RULES.quick(
                X,
                new SymbolSnapshot(SignalType.HOLD, 0, 100.0, 35.0, null),
                new SymbolSnapshot(SignalType.HOLD, 0, 100.0, 28.0, null));
        assertThat(down).singleElement().satisfies(c -> assertThat(c.message()).contains("crossed below 30"));
        var up = RULES.quick(
                X,
                new SymbolSnapshot(SignalType.HOLD, 0, 100.0, 28.0, null),
                new SymbolSnapshot(SignalType.HOLD, 0, 100.0, 31.0, null));
        assertThat(up).singleElement().satisfies(c -> assertThat(c.message()).contains("crossed above 30"));
    }

    @Test
    void thresholdsAreInclusiveAndConfigurable() {
        var before = new SymbolSnapshot(SignalType.BUY, 40, 100.0, 50.0, null);
        assertThat(kinds(RULES.quick(X, before, new SymbolSnapshot(SignalType.BUY, 60, 103.0, 50.0, null))))
                .containsExactly(AlertKind.STRENGTH_CHANGE, AlertKind.PRICE_MOVE);
        assertThat(RULES.quick(X, before, new SymbolSnapshot(SignalType.BUY, 59, 102.9, 50.0, null)))
                .isEmpty();
        assertThat(new ChangeRules(10, 1).quick(X, before, new SymbolSnapshot(SignalType.BUY, 50, 101.0, 50.0, null)))
                .hasSize(2);
    }

    @Test
    void aRangeBreakingIntoATrendIsARegimeChange() {
        IntToDoubleFunction rangeThenTrend =
                i -> i < 300 ? 100 + 0.8 * Math.sin(i * 0.5) : 100 * Math.pow(1.006, i - 300);
        SymbolSnapshot before = scan(series(300, rangeThenTrend));
        SymbolSnapshot after = scan(series(420, rangeThenTrend));
        assertThat(before.regime()).isEqualTo(Regime.RANGING);
        assertThat(after.regime()).isEqualTo(Regime.BULL);
        assertThat(RULES.regime(TEST, before.regime(), after.regime()))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(AlertKind.REGIME_CHANGE);
                    assertThat(c.message()).isEqualTo("TEST/USDT regime ranging -> bull");
                });
        assertThat(RULES.regime(TEST, Regime.BULL, Regime.BULL)).isEmpty();
    }
}

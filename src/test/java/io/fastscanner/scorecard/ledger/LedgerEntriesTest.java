package io.fastscanner.scorecard.ledger;

import static io.fastscanner.scorecard.ledger.Recorded.BTC;
import static io.fastscanner.scorecard.ledger.Recorded.HORIZONS;
import static io.fastscanner.scorecard.ledger.Recorded.hours;
import static io.fastscanner.scorecard.ledger.Recorded.row;
import static io.fastscanner.scorecard.ledger.Recorded.signal;
import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.analysis.Direction;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.scan.SignalStatus;
import io.fastscanner.scorecard.LevelHit;
import io.fastscanner.scorecard.Outcome;
import io.fastscanner.scorecard.Outcomes;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.signal.SignalType;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerEntriesTest {

    @Test
    void aQuickRowIsKeptWithEveryHorizonPendingAndAFailedOrStaleOneIsNot() {
        PastSignal kept = LedgerEntries.fromRow(row(BTC, 0, SignalType.BUY, 40), List.of(24, 1, 4, 4, 0))
                .orElseThrow();

        assertThat(kept.candleTime()).isEqualTo(hours(0));
        assertThat(kept.signal()).isEqualTo(SignalType.BUY);
        assertThat(kept.strength()).isEqualTo(40);
        assertThat(kept.outcomes()).isEmpty();
        assertThat(kept.pendingHorizons()).containsExactly(1, 4, 24);
        assertThat(LedgerEntries.fromRow(
                        row(BTC, 0, SignalType.BUY, 40).withStatus(SignalStatus.FAILED, "timeout"), HORIZONS))
                .isEmpty();
        assertThat(LedgerEntries.fromRow(Recorded.stale(BTC, 0), HORIZONS)).isEmpty();
    }

    @Test
    void eachHorizonIsDueWhenItsLastCandleHasClosed() {
        PastSignal s = signal(BTC, 0, SignalType.BUY); // the candle 10:00-11:00

        assertThat(LedgerEntries.dueAt(s)).contains(hours(2)); // one more candle: closed at 12:00
        CandleSeries candles = Recorded.rising(30);
        PastSignal after1 = measured(LedgerEntries.measure(s, candles, hours(2)));
        assertThat(after1.outcomes()).extracting(Outcome::horizon).containsExactly(1);
        assertThat(LedgerEntries.dueAt(after1)).contains(hours(5)); // four candles after 11:00
        PastSignal after4 = measured(LedgerEntries.measure(after1, candles, hours(5)));
        assertThat(LedgerEntries.dueAt(after4)).contains(hours(25));
        PastSignal all = measured(LedgerEntries.measure(after4, candles, hours(25)));
        assertThat(all.outcomes()).extracting(Outcome::horizon).containsExactly(1, 4, 24);
        assertThat(all.pendingHorizons()).isEmpty();
        assertThat(LedgerEntries.dueAt(all)).isEmpty();
    }

    @Test
    void aMeasurementTakesOnlyTheHorizonsClosedByNowAndEqualsOutcomesOnTheSameCandles() {
        PastSignal s = signal(BTC, 0, SignalType.SELL);
        CandleSeries candles = Recorded.rising(30);

        assertThat(LedgerEntries.measure(s, candles, hours(2).minusMillis(1))).isInstanceOf(Measurement.Waiting.class);
        PastSignal m = measured(LedgerEntries.measure(s, candles, hours(6)));

        assertThat(m.outcomes())
                .containsExactly(
                        Outcomes.of(candles, 0, SignalType.SELL, 1, null, null).orElseThrow(),
                        Outcomes.of(candles, 0, SignalType.SELL, 4, null, null).orElseThrow());
        assertThat(m.pendingHorizons()).containsExactly(24);
        assertThat(m.price()).isEqualTo(100.0); // the signal candle's close, not the row's ticker price
        assertThat(m.outcomes().get(0).forwardReturn()).isNegative(); // a SELL on a rising market
    }

    @Test
    void candlesThatDoNotReachTheHorizonLeaveItPendingAndACandleNoLongerServedDropsIt() {
        PastSignal s = signal(BTC, 0, SignalType.BUY);

        assertThat(LedgerEntries.measure(s, Recorded.rising(2).slice(0, 1), hours(2)))
                .isInstanceOf(Measurement.Waiting.class);
        assertThat(LedgerEntries.measure(s, Recorded.rising(10).slice(3, 10), hours(9)))
                .isInstanceOf(Measurement.Unavailable.class)
                .extracting(u -> ((Measurement.Unavailable) u).reason())
                .asString()
                .startsWith("candles_unavailable");
    }

    @Test
    void aLaterRowOfTheSameCandleUpdatesTheQuickValuesAndKeepsWhatWasMeasuredOnTheSameSide() {
        PastSignal first = LedgerEntries.withDeep(
                signal(BTC, 0, SignalType.BUY), Recorded.deep(Direction.LONG, false, 95, 110, 72), 72.0);
        PastSignal measured = measured(LedgerEntries.measure(first, Recorded.rising(5), hours(2)));

        PastSignal again = LedgerEntries.mergeRow(
                Optional.of(measured),
                LedgerEntries.fromRow(row(BTC, 0, SignalType.BUY, 55), HORIZONS).orElseThrow());
        assertThat(again.strength()).isEqualTo(55);
        assertThat(again.outcomes()).isEqualTo(measured.outcomes());
        assertThat(again.stopLoss()).isEqualTo(95.0);
        assertThat(again.opportunityScore()).isEqualTo(72.0);
        assertThat(again.price()).isEqualTo(100.0);

        PastSignal flipped = LedgerEntries.mergeRow(
                Optional.of(measured),
                LedgerEntries.fromRow(row(BTC, 0, SignalType.SELL, 30), HORIZONS)
                        .orElseThrow());
        assertThat(flipped.signal()).isEqualTo(SignalType.SELL);
        assertThat(flipped.outcomes()).isEmpty();
        assertThat(flipped.stopLoss()).isNull();
        assertThat(flipped.pendingHorizons()).containsExactly(1, 4, 24);
    }

    @Test
    void theDeepAnalysisAddsItsScoreAndTheLevelsOfATradeOnTheSignalsSide() {
        PastSignal buy = signal(BTC, 0, SignalType.BUY);

        PastSignal withLevels = LedgerEntries.withDeep(buy, Recorded.deep(Direction.LONG, false, 95, 110, 72), 72.0);
        assertThat(withLevels.opportunityScore()).isEqualTo(72.0);
        assertThat(withLevels.stopLoss()).isEqualTo(95.0);
        assertThat(withLevels.takeProfit()).isEqualTo(110.0);

        PastSignal otherSide = LedgerEntries.withDeep(buy, Recorded.deep(Direction.SHORT, false, 105, 90, 40), 40.0);
        assertThat(otherSide.stopLoss()).isNull();
        assertThat(otherSide.takeProfit()).isNull();
        assertThat(otherSide.opportunityScore()).isEqualTo(40.0);

        PastSignal hold = LedgerEntries.withDeep(
                signal(BTC, 0, SignalType.HOLD), Recorded.deep(Direction.LONG, true, 95, 110, 20), 20.0);
        assertThat(hold.stopLoss()).isNull(); // a HOLD's levels only lean to a side
    }

    @Test
    void levelsArrivingAfterAnOutcomeMakeItMeasuredAgainWithThem() {
        // the target 110 is reached in the candle after the signal's
        CandleSeries candles = Recorded.candles(99, 101, 100, 99, 111, 109, 100, 101, 100);
        PastSignal early = measured(LedgerEntries.measure(signal(BTC, 0, SignalType.BUY), candles, hours(2)));
        assertThat(early.outcomes().get(0).levelHit()).isEqualTo(LevelHit.NO_LEVELS);

        PastSignal withLevels = LedgerEntries.withDeep(early, Recorded.deep(Direction.LONG, false, 95, 110, 72), 72.0);
        assertThat(withLevels.outcomes()).isEmpty();
        assertThat(withLevels.pendingHorizons()).containsExactly(1, 4, 24);
        PastSignal again = measured(LedgerEntries.measure(withLevels, candles, hours(2)));
        assertThat(again.outcomes().get(0).levelHit()).isEqualTo(LevelHit.TARGET_FIRST);
    }

    @Test
    void aSignalExpiresOnceOlderThanTheRetentionByItsExchangesClock() {
        PastSignal s = signal(BTC, 0, SignalType.BUY);

        assertThat(LedgerEntries.expired(s, hours(24), Duration.ofDays(1))).isFalse();
        assertThat(LedgerEntries.expired(s, hours(24).plusMillis(1), Duration.ofDays(1)))
                .isTrue();
    }

    private static PastSignal measured(Measurement m) {
        assertThat(m).isInstanceOf(Measurement.Measured.class);
        return ((Measurement.Measured) m).signal();
    }
}

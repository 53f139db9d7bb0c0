package io.fastscanner.marketdata.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.marketdata.Candle;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.marketdata.live.LiveSeries.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of one hourly (and one weekly) series as a stream keeps it: hour {@code h} is the candle opened
 * {@code h} hours after 2024-03-01T00:00Z, and closed at hour {@code h + 1}.
 */
class LiveSeriesTest {

    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long T0 = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();

    private static long hour(int h) {
        return T0 + h * HOUR;
    }

    /** Hour {@code h}'s candle: every value differs from one hour to the next. */
    private static Candle candle(int h) {
        double p = 100 + h;
        return new Candle(hour(h), p, p + 2, p - 1, p + 1, 10 + h);
    }

    /** The same hour with another close: what the exchange sends when a candle changed. */
    private static Candle changed(int h) {
        Candle c = candle(h);
        return new Candle(c.openTimeMs(), c.open(), c.high(), c.low(), c.close() + 0.5, c.volume());
    }

    /** What a request returns: the hours {@code [from, to)}, oldest first. */
    private static CandleSeries truth(int from, int to) {
        return CandleSeries.of(
                BTC,
                Timeframe.H1,
                IntStream.range(from, to).mapToObj(LiveSeriesTest::candle).toList());
    }

    /** A series of this capacity loaded with the hours {@code [from, to)} (the exchange has older ones). */
    private static LiveSeries loaded(int capacity, int from, int to) {
        LiveSeries series = new LiveSeries(BTC, Timeframe.H1, capacity);
        assertThat(series.repaired(truth(from, to), false)).isTrue();
        return series;
    }

    private static List<Candle> candles(CandleSeries series) {
        List<Candle> candles = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            candles.add(series.candle(i));
        }
        return candles;
    }

    private static List<Candle> hours(int from, int to) {
        return IntStream.range(from, to).mapToObj(LiveSeriesTest::candle).toList();
    }

    @Test
    void aNewSeriesIsRepairingUntilARequestLoadsIt() {
        LiveSeries series = new LiveSeries(BTC, Timeframe.H1, 100);
        assertThat(series.repairing()).isTrue();
        assertThat(series.repairReason()).isEqualTo("not yet loaded");
        assertThat(series.fresh(hour(10), 10)).isEmpty();
        assertThat(series.accept(candle(10), true)).isEqualTo(Outcome.HELD);
        assertThat(series.snapshot().isEmpty()).isTrue();

        assertThat(series.repaired(truth(0, 10), false)).isTrue();
        assertThat(series.repairing()).isFalse();
        assertThat(series.repairReason()).isNull();
        // at 11:20 the candle opened at 10:00 is the one that closed last: the held one completed the request
        CandleSeries fresh = series.fresh(hour(11) + 20 * 60_000, 11).orElseThrow();
        assertThat(candles(fresh)).isEqualTo(hours(0, 11));
        assertThat(fresh.streamed()).isTrue();
        assertThat(fresh.symbol()).isEqualTo(BTC);
        assertThat(fresh.timeframe()).isEqualTo(Timeframe.H1);
    }

    @Test
    void theNextClosedCandleMovesTheSeriesOnByOne() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(candles(series.fresh(hour(10) + 5_000, 10).orElseThrow())).isEqualTo(hours(0, 10));

        assertThat(series.accept(candle(10), true)).isEqualTo(Outcome.CLOSED);
        CandleSeries fresh = series.fresh(hour(11) + 5_000, 10).orElseThrow();
        assertThat(fresh.size()).isEqualTo(10);
        assertThat(fresh.lastCandle()).isEqualTo(candle(10));
        assertThat(candles(fresh)).isEqualTo(hours(1, 11));
    }

    @Test
    void theFormingCandleIsKeptApartAndNeverServed() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(series.forming()).isEmpty();

        Candle early = new Candle(hour(10), 110, 110.5, 109.8, 110.2, 1);
        Candle later = new Candle(hour(10), 110, 111.5, 109.8, 111.0, 4);
        assertThat(series.accept(early, false)).isEqualTo(Outcome.FORMING);
        assertThat(series.accept(later, false)).isEqualTo(Outcome.FORMING);
        assertThat(series.forming()).contains(later);
        // half-way through hour 10, the series still ends with hour 9, the candle that closed last
        CandleSeries fresh = series.fresh(hour(10) + 30 * 60_000, 10).orElseThrow();
        assertThat(candles(fresh)).isEqualTo(hours(0, 10));
        assertThat(series.snapshot().size()).isEqualTo(10);

        assertThat(series.accept(candle(10), true)).isEqualTo(Outcome.CLOSED);
        assertThat(series.forming()).isEmpty();
        // a late update of the candle that has just closed changes nothing
        assertThat(series.accept(later, false)).isEqualTo(Outcome.DUPLICATE);
        assertThat(series.forming()).isEmpty();
        assertThat(series.snapshot().lastCandle()).isEqualTo(candle(10));
    }

    @Test
    void aClosedCandleSentAgainChangesNothing() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(series.accept(candle(9), true)).isEqualTo(Outcome.DUPLICATE);
        assertThat(series.accept(candle(4), true)).isEqualTo(Outcome.DUPLICATE);
        assertThat(series.repairing()).isFalse();
        assertThat(candles(series.snapshot())).isEqualTo(hours(0, 10));
        assertThat(series.fresh(hour(10), 10)).isPresent();
    }

    @Test
    void aClosedCandleThatChangedNeedsARepair() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(series.accept(changed(9), true)).isEqualTo(Outcome.NEEDS_REPAIR);
        assertThat(series.repairing()).isTrue();
        assertThat(series.repairReason()).isEqualTo("closed candle " + hour(9) + " changed");
        assertThat(series.fresh(hour(10), 10)).isEmpty();
        assertThat(candles(series.snapshot())).isEqualTo(hours(0, 10));
    }

    @Test
    void anOlderCandleThatDiffersNeedsARepair() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(series.accept(changed(6), true)).isEqualTo(Outcome.NEEDS_REPAIR);
        assertThat(series.repairing()).isTrue();
        assertThat(series.repairReason()).isEqualTo("out-of-order candle " + hour(6));
        assertThat(series.fresh(hour(10), 10)).isEmpty();
    }

    @Test
    void aMissedCandleNeedsARepairAndTheCandleAfterItIsNotKept() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(series.accept(candle(11), true)).isEqualTo(Outcome.NEEDS_REPAIR);
        assertThat(series.repairReason()).isEqualTo("missed candle " + hour(10));
        assertThat(series.snapshot().lastCandle()).isEqualTo(candle(9));
        assertThat(series.fresh(hour(12), 10)).isEmpty();
        // from now on closed candles wait for the repair
        assertThat(series.accept(candle(12), true)).isEqualTo(Outcome.HELD);
    }

    @Test
    void aFormingCandleTwoIntervalsAheadMeansACloseWasMissed() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(series.accept(candle(11), false)).isEqualTo(Outcome.NEEDS_REPAIR);
        assertThat(series.repairReason()).isEqualTo("missed the close of " + hour(10));
        assertThat(series.repairing()).isTrue();
        assertThat(series.forming()).contains(candle(11));
        assertThat(series.fresh(hour(11) + 1, 10)).isEmpty();
    }

    @Test
    void candlesHeldDuringARepairAreAppliedAfterIt() {
        LiveSeries series = loaded(100, 0, 10);
        series.markRepairing("connection lost");
        // the stream goes on while the request runs; the exchange may push them out of order
        assertThat(series.accept(candle(11), true)).isEqualTo(Outcome.HELD);
        assertThat(series.accept(candle(10), true)).isEqualTo(Outcome.HELD);
        assertThat(series.fresh(hour(12), 10)).isEmpty();

        // the request was answered before hour 10 closed
        assertThat(series.repaired(truth(0, 10), false)).isTrue();
        assertThat(series.repairing()).isFalse();
        assertThat(candles(series.fresh(hour(12), 12).orElseThrow())).isEqualTo(hours(0, 12));
        // the held candles were used once: the next one follows them
        assertThat(series.accept(candle(12), true)).isEqualTo(Outcome.CLOSED);
    }

    @Test
    void theRequestWinsOverTheHeldCandlesItOverlaps() {
        LiveSeries series = loaded(100, 0, 10);
        series.markRepairing("stalled");
        assertThat(series.accept(changed(10), true)).isEqualTo(Outcome.HELD);
        assertThat(series.accept(candle(11), true)).isEqualTo(Outcome.HELD);

        assertThat(series.repaired(truth(0, 11), false)).isTrue();
        CandleSeries fresh = series.fresh(hour(12), 12).orElseThrow();
        assertThat(candles(fresh)).isEqualTo(hours(0, 12));
        assertThat(fresh.candle(10)).isEqualTo(candle(10)).isNotEqualTo(changed(10));
    }

    @Test
    void heldCandlesLeavingAGapAfterTheRequestKeepTheSeriesRepairing() {
        LiveSeries series = new LiveSeries(BTC, Timeframe.H1, 100);
        assertThat(series.accept(candle(12), true)).isEqualTo(Outcome.HELD);

        // the request ends with hour 9: hours 10 and 11 are in neither
        assertThat(series.repaired(truth(0, 10), false)).isFalse();
        assertThat(series.repairing()).isTrue();
        assertThat(series.repairReason()).isEqualTo("missed candle " + hour(10) + " during the repair");
        assertThat(series.fresh(hour(10), 10)).isEmpty();
        assertThat(series.fresh(hour(13), 10)).isEmpty();
        assertThat(series.accept(candle(13), true)).isEqualTo(Outcome.HELD);

        // the next request covers the gap
        assertThat(series.repaired(truth(0, 13), false)).isTrue();
        assertThat(candles(series.fresh(hour(14), 14).orElseThrow())).isEqualTo(hours(0, 14));
    }

    @Test
    void freshFromTheCloseOfItsLastCandleUntilTheNextClose() {
        LiveSeries series = loaded(100, 0, 10); // hour 9 closes at hour 10
        assertThat(series.fresh(hour(10) - 1, 10)).isEmpty();
        assertThat(series.fresh(hour(10), 10)).isPresent();
        assertThat(series.fresh(hour(11) - 1, 10)).isPresent();
        // one hour later hour 10 has closed, and the series has not got it
        assertThat(series.fresh(hour(11), 10)).isEmpty();
    }

    @Test
    void freshOnlyWithTheCandlesAskedForUnlessTheExchangeHasNoMore() {
        LiveSeries series = loaded(100, 0, 10);
        long now = hour(10) + 1;
        assertThat(series.fresh(now, 11)).isEmpty();
        assertThat(series.fresh(now, 10)).isPresent();
        assertThat(candles(series.fresh(now, 4).orElseThrow())).isEqualTo(hours(6, 10));

        // a young listing: the request returned all the exchange has
        LiveSeries young = new LiveSeries(BTC, Timeframe.H1, 100);
        assertThat(young.repaired(truth(0, 10), true)).isTrue();
        assertThat(candles(young.fresh(now, 500).orElseThrow())).isEqualTo(hours(0, 10));
    }

    @Test
    void weeklyCandlesOpenOnMondays() {
        long jan1 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli(); // a Monday
        long week = Duration.ofDays(7).toMillis();
        List<Candle> weeks = IntStream.range(0, 3)
                .mapToObj(w -> new Candle(jan1 + w * week, 40_000 + w, 41_000 + w, 39_000 + w, 40_500 + w, w))
                .toList();
        long jan15 = jan1 + 2 * week;
        long jan22 = Instant.parse("2024-01-22T00:00:00Z").toEpochMilli();
        assertThat(Timeframe.W1.nextCloseAfter(jan15)).isEqualTo(jan22);

        LiveSeries series = new LiveSeries(BTC, Timeframe.W1, 52);
        assertThat(series.repaired(CandleSeries.of(BTC, Timeframe.W1, weeks), false))
                .isTrue();
        assertThat(series.fresh(jan22 - 1, 3)).isEmpty();
        assertThat(series.fresh(jan22, 3)).isPresent();
        assertThat(series.fresh(Instant.parse("2024-01-28T23:59:59.999Z").toEpochMilli(), 3))
                .isPresent();
        assertThat(series.fresh(Instant.parse("2024-01-29T00:00:00Z").toEpochMilli(), 3))
                .isEmpty();

        Candle jan22Week = new Candle(jan22, 40_003, 41_003, 39_003, 40_503, 3);
        assertThat(series.accept(jan22Week, false)).isEqualTo(Outcome.FORMING);
        assertThat(series.accept(jan22Week, true)).isEqualTo(Outcome.CLOSED);
        assertThat(series.fresh(Instant.parse("2024-01-29T00:00:00Z").toEpochMilli(), 4)
                        .orElseThrow()
                        .lastCandle())
                .isEqualTo(jan22Week);
    }

    @Test
    void aWeekJustListedGetsItsFirstCandleFromTheStream() {
        // listed on a Wednesday: the exchange has no closed weekly candle yet
        long jan1 = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        long jan8 = Instant.parse("2024-01-08T00:00:00Z").toEpochMilli();
        LiveSeries series = new LiveSeries(BTC, Timeframe.W1, 52);
        assertThat(series.repaired(CandleSeries.of(BTC, Timeframe.W1, List.of()), true))
                .isTrue();
        assertThat(series.fresh(jan8 - 1, 52)).isEmpty();

        Candle firstWeek = new Candle(jan1, 1.0, 1.4, 0.9, 1.2, 5_000);
        assertThat(series.accept(firstWeek, false)).isEqualTo(Outcome.FORMING);
        assertThat(series.accept(firstWeek, true)).isEqualTo(Outcome.CLOSED);
        assertThat(series.forming()).isEmpty();
        assertThat(candles(series.fresh(jan8, 52).orElseThrow())).containsExactly(firstWeek);
    }

    @Test
    void onlyTheNewestCapacityCandlesAreKept() {
        LiveSeries series = loaded(5, 0, 9); // the request brought more than the series keeps
        assertThat(series.capacity()).isEqualTo(5);
        assertThat(candles(series.snapshot())).isEqualTo(hours(4, 9));

        for (int h = 9; h < 12; h++) { // the oldest slots are overwritten in turn
            assertThat(series.accept(candle(h), true)).isEqualTo(Outcome.CLOSED);
        }
        assertThat(candles(series.snapshot())).isEqualTo(hours(7, 12));
        assertThat(candles(series.fresh(hour(12), 5).orElseThrow())).isEqualTo(hours(7, 12));
        assertThat(candles(series.fresh(hour(12), 3).orElseThrow())).isEqualTo(hours(9, 12));
        // found after the wrap-around: a candle sent again is still known
        assertThat(series.accept(candle(8), true)).isEqualTo(Outcome.DUPLICATE);
        assertThat(series.accept(changed(8), true)).isEqualTo(Outcome.NEEDS_REPAIR);
    }

    @Test
    void markRepairingStopsServingAndHoldsClosedCandles() {
        LiveSeries series = loaded(100, 0, 10);
        assertThat(series.fresh(hour(10), 10)).isPresent();

        series.markRepairing("connection lost");
        assertThat(series.repairing()).isTrue();
        assertThat(series.repairReason()).isEqualTo("connection lost");
        assertThat(series.fresh(hour(10), 10)).isEmpty();
        assertThat(series.accept(candle(10), true)).isEqualTo(Outcome.HELD);
        assertThat(series.accept(candle(11), false)).isEqualTo(Outcome.FORMING);
        assertThat(candles(series.snapshot())).isEqualTo(hours(0, 10));
    }

    @Test
    void justAfterABoundaryAScanWaitsForTheCandleThatHasJustClosed() {
        LiveSeries series = loaded(100, 0, 10); // hours 0-9: fresh from hour 10 until hour 11
        long grace = 5_000;

        assertThat(series.closeDue(hour(10) + 1_000, grace))
                .as("fresh: nothing to wait for")
                .isEmpty();
        var due = series.closeDue(hour(11) + 1_000, grace).orElseThrow();
        assertThat(due.toCompletableFuture()).isNotDone();
        assertThat(series.closeDue(hour(11) + grace, grace))
                .as("the grace is over: ask the exchange")
                .isEmpty();
        assertThat(series.closeDue(hour(12) + 1_000, grace))
                .as("two candles behind: ask the exchange")
                .isEmpty();

        assertThat(series.accept(candle(10), false)).isEqualTo(Outcome.FORMING);
        assertThat(due.toCompletableFuture())
                .as("a forming update is not the close")
                .isNotDone();
        assertThat(series.accept(candle(10), true)).isEqualTo(Outcome.CLOSED);
        assertThat(due.toCompletableFuture()).isDone();
        assertThat(series.fresh(hour(11) + 1_000, 10)).isPresent();
    }

    @Test
    void aSeriesBeingRepairedIsNotWaitedFor() {
        LiveSeries series = loaded(100, 0, 10);
        series.markRepairing("connection lost");

        assertThat(series.closeDue(hour(11) + 1_000, 5_000)).isEmpty();
    }
}

package io.fastscanner.scorecard.ledger;

import io.fastscanner.analysis.DeepAnalysis;
import io.fastscanner.analysis.Direction;
import io.fastscanner.analysis.RiskLevels;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.scan.ScanRow;
import io.fastscanner.scorecard.Outcome;
import io.fastscanner.scorecard.Outcomes;
import io.fastscanner.scorecard.PastSignal;
import io.fastscanner.signal.SignalType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The rules of the signal ledger, pure: which rows are kept, how a later row or a deep analysis of the same candle
 * changes what is kept, when a signal's next horizon is due, and how its outcomes are measured from candles.
 */
public final class LedgerEntries {

    private LedgerEntries() {}

    /**
     * The signal a scan row gives, with every horizon pending; empty for a row that gave none (failed, stale, no
     * candle). Its price is the row's until the first outcome is measured, then the signal candle's close.
     */
    public static Optional<PastSignal> fromRow(ScanRow row, List<Integer> horizons) {
        if (row.failed() || row.stale() || row.candleTime() == null || row.price() == null || row.rating() == null) {
            return Optional.empty();
        }
        return Optional.of(new PastSignal(
                row.exchange(),
                row.symbol(),
                row.timeframe(),
                row.candleTime(),
                row.signal(),
                row.strength(),
                row.rating(),
                row.price(),
                null,
                null,
                null,
                List.of(),
                horizons(horizons)));
    }

    /** The horizons to measure: each once, at least one candle, in increasing order. */
    public static List<Integer> horizons(List<Integer> configured) {
        return configured.stream().filter(h -> h >= 1).distinct().sorted().toList();
    }

    /**
     * A later row of the same candle replaces the quick values. The deep values and the outcomes measured so far stay
     * while the side is the same; a changed side starts over, since they belonged to the other side.
     */
    public static PastSignal mergeRow(Optional<PastSignal> kept, PastSignal incoming) {
        if (kept.isEmpty() || kept.get().signal() != incoming.signal()) {
            return incoming;
        }
        PastSignal old = kept.get();
        return new PastSignal(
                incoming.exchange(),
                incoming.symbol(),
                incoming.timeframe(),
                incoming.candleTime(),
                incoming.signal(),
                incoming.strength(),
                incoming.rating(),
                old.outcomes().isEmpty() ? incoming.price() : old.price(),
                old.opportunityScore(),
                old.stopLoss(),
                old.takeProfit(),
                old.outcomes(),
                old.pendingHorizons());
    }

    /**
     * The deep analysis of the signal's candle adds its opportunity score and, when they are a trade on the signal's
     * side, its stop-loss and take-profit (a HOLD's levels only lean to a side: none are kept). New levels make the
     * outcomes measured without them be measured again.
     */
    public static PastSignal withDeep(PastSignal kept, DeepAnalysis deep, Double opportunityScore) {
        RiskLevels levels = deep.slTp();
        boolean onSide = levels != null && !levels.leaning() && levels.direction() == side(kept.signal());
        Double stop = onSide ? levels.stopLoss() : null;
        Double target = onSide ? levels.takeProfit() : null;
        Double score = opportunityScore != null ? opportunityScore : Double.valueOf(deep.opportunityScore());
        boolean sameLevels = Objects.equals(stop, kept.stopLoss()) && Objects.equals(target, kept.takeProfit());
        PastSignal base = sameLevels ? kept : startOver(kept);
        return new PastSignal(
                base.exchange(),
                base.symbol(),
                base.timeframe(),
                base.candleTime(),
                base.signal(),
                base.strength(),
                base.rating(),
                base.price(),
                score,
                stop,
                target,
                base.outcomes(),
                base.pendingHorizons());
    }

    /** When the next pending horizon's candles have all closed; empty once every horizon is measured. */
    public static Optional<Instant> dueAt(PastSignal signal) {
        return signal.pendingHorizons().stream()
                .min(Integer::compare)
                .map(h -> signal.candleTime()
                        .plusMillis((h + 1L) * signal.timeframe().millis()));
    }

    /** Whether the signal is older than {@code retention} at {@code now} (the clock of its exchange's source). */
    public static boolean expired(PastSignal signal, Instant now, Duration retention) {
        return signal.candleTime().isBefore(now.minus(retention));
    }

    /**
     * Measures every pending horizon whose candles have all closed by {@code now}, from {@code candles} (the signal's
     * series, ending at the source's last closed candle).
     */
    public static Measurement measure(PastSignal signal, CandleSeries candles, Instant now) {
        long candleMs = signal.candleTime().toEpochMilli();
        int at = Arrays.binarySearch(candles.openTimes(), candleMs);
        if (at < 0) {
            if (candles.isEmpty() || candleMs > candles.openTime(candles.size() - 1)) {
                return new Measurement.Waiting();
            }
            return new Measurement.Unavailable(
                    candleMs < candles.openTime(0)
                            ? "candles_unavailable: the signal's candle is older than the candles the source serves"
                            : "candle_missing: the source has no candle at the signal's time");
        }
        List<Outcome> outcomes = new ArrayList<>(signal.outcomes());
        List<Integer> pending = new ArrayList<>();
        for (int h : signal.pendingHorizons()) {
            boolean closed = candleMs + (h + 1L) * signal.timeframe().millis() <= now.toEpochMilli();
            Optional<Outcome> outcome = closed
                    ? Outcomes.of(candles, at, signal.signal(), h, signal.stopLoss(), signal.takeProfit())
                    : Optional.empty();
            outcome.ifPresentOrElse(outcomes::add, () -> pending.add(h));
        }
        if (outcomes.size() == signal.outcomes().size()) {
            return new Measurement.Waiting();
        }
        outcomes.sort(Comparator.comparingInt(Outcome::horizon));
        return new Measurement.Measured(new PastSignal(
                signal.exchange(),
                signal.symbol(),
                signal.timeframe(),
                signal.candleTime(),
                signal.signal(),
                signal.strength(),
                signal.rating(),
                candles.closes()[at],
                signal.opportunityScore(),
                signal.stopLoss(),
                signal.takeProfit(),
                outcomes,
                pending));
    }

    /** The outcomes this measurement adds to what {@code current} holds, if it is still the signal measured. */
    public static Optional<PastSignal> applyMeasured(Optional<PastSignal> current, PastSignal measured) {
        if (current.isEmpty() || !sameInputs(current.get(), measured)) {
            return Optional.empty(); // dropped, or changed meanwhile: measured again next time
        }
        PastSignal now = current.get();
        return Optional.of(new PastSignal(
                now.exchange(),
                now.symbol(),
                now.timeframe(),
                now.candleTime(),
                now.signal(),
                now.strength(),
                now.rating(),
                measured.price(),
                now.opportunityScore(),
                now.stopLoss(),
                now.takeProfit(),
                measured.outcomes(),
                measured.pendingHorizons()));
    }

    private static boolean sameInputs(PastSignal a, PastSignal b) {
        return a.signal() == b.signal()
                && Objects.equals(a.stopLoss(), b.stopLoss())
                && Objects.equals(a.takeProfit(), b.takeProfit());
    }

    private static PastSignal startOver(PastSignal s) {
        TreeSet<Integer> all = new TreeSet<>(s.pendingHorizons());
        s.outcomes().forEach(o -> all.add(o.horizon()));
        return new PastSignal(
                s.exchange(),
                s.symbol(),
                s.timeframe(),
                s.candleTime(),
                s.signal(),
                s.strength(),
                s.rating(),
                s.price(),
                s.opportunityScore(),
                s.stopLoss(),
                s.takeProfit(),
                List.of(),
                List.copyOf(all));
    }

    /** The side the outcomes are measured on: a HOLD as a long position, like the baseline. */
    private static Direction side(SignalType signal) {
        return signal == SignalType.SELL ? Direction.SHORT : Direction.LONG;
    }
}

package io.fastscanner.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.marketdata.Exchange;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scorecard of recorded signals: the baseline is every recorded signal measured at the horizon (HOLD included,
 * held long), each bucket's returns are signed for its side, and signals still waiting for a horizon are left out of
 * it.
 */
class RecordedScorecardTest {

    private static final Instant T0 = Instant.parse("2026-04-21T00:00:00Z");
    private static final ScoringRules RULES = new ScoringRules(3, 0.05);
    private static final MarketSymbol BTC = MarketSymbol.of("BTC", "USDT");
    private static final MarketSymbol ETH = MarketSymbol.of("ETH", "USDT");

    /** A signal on hourly candle {@code candle} with its one-candle outcome (null: still pending). */
    private static PastSignal signal(MarketSymbol symbol, int candle, SignalType type, int strength, Double forward) {
        List<Outcome> outcomes = forward == null
                ? List.of()
                : List.of(
                        new Outcome(1, forward, Math.max(0, forward), Math.min(0, forward), LevelHit.NO_LEVELS, false));
        return new PastSignal(
                Exchange.REPLAY,
                symbol,
                Timeframe.H1,
                T0.plusSeconds(3600L * candle),
                type,
                strength,
                null,
                100,
                null,
                null,
                null,
                outcomes,
                forward == null ? List.of(1) : List.of());
    }

    @Test
    void theBaselineIsEveryMeasuredSignalHeldLongAndTheBucketsShareItOut() {
        List<PastSignal> signals = new ArrayList<>();
        // BUY 30-49: +1 %, +2 %, +3 %; SELL 30-49 outcomes (short-signed) +1 %, +1 %, -1 %, i.e. long -1 %, -1 %, +1 %
        signals.add(signal(BTC, 0, SignalType.BUY, 40, 0.01));
        signals.add(signal(BTC, 1, SignalType.BUY, 40, 0.02));
        signals.add(signal(ETH, 1, SignalType.BUY, 35, 0.03));
        signals.add(signal(ETH, 2, SignalType.SELL, 40, 0.01));
        signals.add(signal(ETH, 3, SignalType.SELL, 45, 0.01));
        signals.add(signal(BTC, 3, SignalType.SELL, 31, -0.01));
        signals.add(signal(BTC, 4, SignalType.HOLD, 5, 0.005));
        signals.add(signal(BTC, 5, SignalType.BUY, 60, null)); // waiting for its candle: counted nowhere at h=1

        Scorecard card = RecordedScorecard.compute(signals, Timeframe.H1, List.of(1), RULES);

        assertThat(card.candles()).isEqualTo(8);
        assertThat(card.symbols()).containsExactly(BTC, ETH);
        assertThat(card.from()).isEqualTo(T0);
        assertThat(card.to()).isEqualTo(T0.plusSeconds(5 * 3600));
        BaselineRow baseline = card.baseline().get(0);
        assertThat(baseline.count()).isEqualTo(7);
        double longMean = (0.01 + 0.02 + 0.03 - 0.01 - 0.01 + 0.01 + 0.005) / 7;
        assertThat(baseline.meanReturn().value()).isCloseTo(longMean, within(1e-15));

        assertThat(card.buckets().stream().mapToInt(BucketRow::count).sum()).isEqualTo(7);
        BucketRow buys = row(card, SignalType.BUY, "30-49");
        assertThat(buys.count()).isEqualTo(3);
        assertThat(buys.meanReturn().value()).isCloseTo(0.02, within(1e-15));
        assertThat(buys.pValue()).isNotNull(); // three signals: tested
        BucketRow sells = row(card, SignalType.SELL, "30-49");
        assertThat(sells.count()).isEqualTo(3);
        assertThat(sells.meanReturn().value()).isCloseTo(0.01 / 3, within(1e-15));
        assertThat(row(card, SignalType.HOLD, "0-10").count()).isEqualTo(1);
        assertThat(row(card, SignalType.HOLD, "0-10").verdict()).isEqualTo(Verdict.TOO_FEW);
        assertThat(row(card, SignalType.BUY, "50-69").count()).isZero();
    }

    @Test
    void aHorizonNotYetMeasuredHasAnEmptyBaseline() {
        Scorecard card = RecordedScorecard.compute(
                List.of(signal(BTC, 0, SignalType.BUY, 40, 0.01)), Timeframe.H1, List.of(1, 4), RULES);

        assertThat(card.baseline()).extracting(BaselineRow::count).containsExactly(1, 0);
        assertThat(card.baseline().get(1).meanReturn()).isNull();
    }

    private static BucketRow row(Scorecard card, SignalType signal, String strength) {
        return card.buckets().stream()
                .filter(b -> b.signal() == signal && b.strength().equals(strength) && b.horizon() == 1)
                .findFirst()
                .orElseThrow();
    }
}

package io.fastscanner.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.fastscanner.signal.SignalType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scorecard finds an edge planted in generated markets, and none in random walks. */
class ScorecardCalculatorTest {

    private static final ScoringRules RULES = new ScoringRules(30, 0.05);
    private static final List<Integer> HORIZONS = List.of(1, 4, 24);

    private static Scorecard score(List<WalkedSeries> walks) {
        return ScorecardCalculator.compute(walks, HORIZONS, Long.MIN_VALUE, Long.MAX_VALUE, RULES);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void aPlantedEdgeIsFoundForBuyAndSellAtOneCandle(long seed) {
        Scorecard card = score(GeneratedMarkets.plantedEdge(seed, 4, 2_500, 0.002));
        for (SignalType side : List.of(SignalType.BUY, SignalType.SELL)) {
            List<BucketRow> rows = card.buckets().stream()
                    .filter(r -> r.signal() == side && r.horizon() == 1)
                    .toList();
            assertThat(rows)
                    .extracting(BucketRow::verdict)
                    .contains(Verdict.EDGE)
                    .doesNotContain(Verdict.WORSE);
            assertThat(rows).filteredOn(r -> r.count() >= 500).isNotEmpty().allSatisfy(r -> {
                assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.EDGE);
                // the drift is 0.2 % per candle: the difference's interval holds a good part of it
                assertThat(r.difference().high()).isGreaterThan(0.001);
                assertThat(r.meanReturn().value()).isGreaterThan(0.0);
            });
        }
        assertThat(card.verdict()).contains("beat the baseline").contains("BUY").contains("SELL");
    }

    @Test
    void anEdgeTheWrongWayRoundIsWorse() {
        Scorecard card = score(GeneratedMarkets.plantedEdge(7, 4, 2_500, -0.002));
        List<BucketRow> big = card.buckets().stream()
                .filter(r -> r.signal() != SignalType.HOLD && r.horizon() == 1 && r.count() >= 500)
                .toList();
        assertThat(big)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.verdict()).as(r.summary()).isEqualTo(Verdict.WORSE));
        assertThat(card.verdict())
                .startsWith("No signal bucket beats the baseline")
                .contains("worse");
    }

    /**
     * Independent returns: no signal can predict them. Every comparison of one scorecard is a test at the 5 %
     * family-wise level (Holm), so a calibrated scorecard shows a false edge on about one random market in twenty. On
     * twenty markets in a row more than three with any significant bucket would happen less than 2 % of the time; the
     * others must say plainly that there is no edge.
     */
    @Test
    void randomWalksShowNoEdgeBeyondTheSignificanceLevel() {
        int seeds = 20;
        int withFalseFindings = 0;
        for (long seed = 101; seed < 101 + seeds; seed++) {
            Scorecard card = score(GeneratedMarkets.randomWalks(seed, 6, 6_000));
            assertThat(card.candles()).isEqualTo(6L * (6_000 - SignalWalk.WARMUP));
            if (card.buckets().stream().anyMatch(BucketRow::significant)) {
                withFalseFindings++;
            } else {
                assertThat(card.buckets())
                        .allSatisfy(
                                r -> assertThat(r.verdict()).as(r.summary()).isIn(Verdict.NO_EDGE, Verdict.TOO_FEW));
                assertThat(card.verdict())
                        .isEqualTo(
                                "No signal bucket beats the baseline on this data: the quick signal shows no edge here.");
            }
        }
        assertThat(withFalseFindings)
                .as("random markets with a significant bucket")
                .isLessThanOrEqualTo(3);
    }

    @Test
    void theBucketsShareOutTheBaselineAndSmallOnesAreNotTested() {
        Scorecard card = ScorecardCalculator.compute(
                GeneratedMarkets.randomWalks(21, 2, 1_200),
                HORIZONS,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                new ScoringRules(400, 0.05));
        for (BaselineRow base : card.baseline()) {
            int sum = card.buckets().stream()
                    .filter(r -> r.horizon() == base.horizon())
                    .mapToInt(BucketRow::count)
                    .sum();
            assertThat(sum).isEqualTo(base.count());
            // the last `horizon` candles of each series have no outcome yet
            assertThat(base.count()).isEqualTo(2 * (1_200 - SignalWalk.WARMUP - base.horizon()));
        }
        assertThat(card.buckets()).filteredOn(r -> r.count() < 400).allSatisfy(r -> {
            assertThat(r.verdict()).isEqualTo(Verdict.TOO_FEW);
            assertThat(r.pValue()).isNull();
            assertThat(r.significant()).isFalse();
            assertThat(r.summary()).endsWith("fewer than the 400 needed for a verdict.");
        });
        assertThat(card.buckets())
                .filteredOn(r -> r.count() >= 400)
                .allSatisfy(r -> assertThat(r.pValue()).isNotNull());
    }

    @Test
    void withTooFewSignalsEverywhereTheAnswerSaysSo() {
        Scorecard card = ScorecardCalculator.compute(
                GeneratedMarkets.randomWalks(5, 1, 600),
                HORIZONS,
                Long.MIN_VALUE,
                Long.MAX_VALUE,
                new ScoringRules(1_000, 0.05));
        assertThat(card.buckets()).extracting(BucketRow::verdict).containsOnly(Verdict.TOO_FEW);
        assertThat(card.verdict()).startsWith("Too few signals to judge");
    }

    @Test
    void fromAndToBoundTheScoredCandles() {
        List<WalkedSeries> walks = GeneratedMarkets.randomWalks(8, 2, 1_000);
        long first = walks.get(0).candles().openTime(600);
        long last = walks.get(0).candles().openTime(699);
        Scorecard card = ScorecardCalculator.compute(walks, HORIZONS, first, last, RULES);
        assertThat(card.candles()).isEqualTo(2 * 100);
        assertThat(card.from().toEpochMilli()).isEqualTo(first);
        assertThat(card.to().toEpochMilli()).isEqualTo(last);
        assertThat(card.baseline()).allSatisfy(b -> assertThat(b.count()).isEqualTo(200));
    }
}

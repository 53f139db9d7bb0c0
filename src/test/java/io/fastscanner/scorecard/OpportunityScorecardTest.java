package io.fastscanner.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.fastscanner.analysis.RiskSettings;
import io.fastscanner.indicators.IndicatorSeries;
import io.fastscanner.marketdata.CandleSeries;
import io.fastscanner.marketdata.MarketSymbol;
import io.fastscanner.marketdata.ReplayDataSet;
import io.fastscanner.marketdata.Timeframe;
import io.fastscanner.signal.SignalType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpportunityScorecardTest {

    private static final List<Integer> HORIZONS = List.of(1, 4, 24);
    private static final ScoringRules RULES = new ScoringRules(30, 0.05);
    private static final long FROM = Instant.parse("2025-10-01T00:00:00Z").toEpochMilli();
    private static final long TO = Instant.parse("2026-03-31T23:00:00Z").toEpochMilli();

    private static final List<WalkedSeries> walks = new ArrayList<>();
    private static final List<DeepHistory> deep = new ArrayList<>();
    private static List<OpportunityRow> rows;
    private static Scorecard quick;

    @BeforeAll
    static void walk() {
        ReplayDataSet data = ReplayDataSet.bundled();
        for (String base : List.of("BTC", "ETH", "DOGE")) {
            MarketSymbol symbol = MarketSymbol.of(base, "USDT");
            CandleSeries primary = data.series(symbol, Timeframe.H1).orElseThrow();
            WalkedSeries walk = SignalWalk.of(primary);
            Map<Timeframe, CandleSeries> others = new EnumMap<>(Timeframe.class);
            for (Timeframe tf : List.of(Timeframe.H4, Timeframe.D1)) {
                others.put(tf, data.series(symbol, tf).orElseThrow());
            }
            walks.add(walk);
            deep.add(DeepHistory.of(
                    primary, IndicatorSeries.compute(primary), others, RiskSettings.DEFAULTS, walk.firstStep()));
        }
        rows = OpportunityScorecard.compute(walks, deep, HORIZONS, FROM, TO, RULES);
        quick = ScorecardCalculator.compute(walks, HORIZONS, FROM, TO, RULES);
    }

    @Test
    void everyBuyAndSellSignalIsInOneOpportunityBucketAndHasItsLevels() {
        assertThat(rows).hasSize(OpportunityBucket.ALL.size() * HORIZONS.size());
        for (int horizon : HORIZONS) {
            int opportunity = rows.stream()
                    .filter(r -> r.horizon() == horizon)
                    .mapToInt(OpportunityRow::count)
                    .sum();
            int buysAndSells = quick.buckets().stream()
                    .filter(b -> b.horizon() == horizon && b.signal() != SignalType.HOLD)
                    .mapToInt(BucketRow::count)
                    .sum();
            assertThat(opportunity).as("horizon " + horizon).isEqualTo(buysAndSells);
        }
        for (OpportunityRow row : rows) {
            LevelShares levels = row.levels();
            assertThat(levels.count()).isEqualTo(row.count());
            if (row.count() == 0) {
                assertThat(levels.targetFirst()).isNull();
                continue;
            }
            double sum = levels.targetFirst().value()
                    + levels.stopFirst().value()
                    + levels.neither().value();
            assertThat(sum).isCloseTo(1.0, within(1e-9));
            for (Estimate share : List.of(levels.targetFirst(), levels.stopFirst(), levels.neither())) {
                assertThat(share.low()).isLessThanOrEqualTo(share.value());
                assertThat(share.high()).isGreaterThanOrEqualTo(share.value());
            }
            assertThat(levels.bothInOneCandle())
                    .isBetween(0, (int) Math.round(levels.stopFirst().value() * row.count()));
            assertThat(row.baseline()).isEqualTo(baselineFor(row.signal(), row.horizon()));
        }
    }

    @Test
    void aBucketsNumbersAreItsSignalsCountedByHand() {
        int horizon = 24;
        OpportunityRow row = rows.stream()
                .filter(r -> r.signal() == SignalType.SELL && r.opportunity().equals("60-79") && r.horizon() == horizon)
                .findFirst()
                .orElseThrow();
        int count = 0;
        int targets = 0;
        double sum = 0;
        for (int w = 0; w < walks.size(); w++) {
            WalkedSeries walk = walks.get(w);
            DeepHistory history = deep.get(w);
            CandleSeries candles = walk.candles();
            for (int i = walk.firstStep(); i + horizon < candles.size(); i++) {
                long open = candles.openTime(i);
                double score = history.opportunity(i);
                if (open < FROM || open > TO || walk.signal(i) != SignalType.SELL || score < 60 || score > 79) {
                    continue;
                }
                count++;
                sum += -(candles.closes()[i + horizon] / candles.closes()[i] - 1);
                double stop = history.stopLoss(i);
                double target = history.takeProfit(i);
                assertThat(stop).as("a SELL's stop is above its entry").isGreaterThan(candles.closes()[i]);
                assertThat(target).as("and its target below").isLessThan(candles.closes()[i]);
                if (Outcomes.of(candles, i, SignalType.SELL, horizon, stop, target)
                                .orElseThrow()
                                .levelHit()
                        == LevelHit.TARGET_FIRST) {
                    targets++;
                }
            }
        }
        assertThat(count).isPositive();
        assertThat(row.count()).isEqualTo(count);
        assertThat(row.meanReturn().value()).isCloseTo(sum / count, within(1e-12));
        assertThat(row.levels().targetFirst().value()).isCloseTo((double) targets / count, within(1e-12));
    }

    @Test
    void theOpportunityRowsAreTheirOwnFamily() {
        // The quick signal's rows are computed without them and are what a request without deep analysis gets.
        Scorecard again = ScorecardCalculator.compute(walks, HORIZONS, FROM, TO, RULES);
        assertThat(again.buckets()).isEqualTo(quick.buckets());
        assertThat(again.opportunity()).isNull();
        assertThat(quick.withOpportunity(rows).buckets()).isEqualTo(quick.buckets());
        for (OpportunityRow row : rows) {
            assertThat(row.summary()).startsWith(row.signal() + " opportunity " + row.opportunity() + " over ");
            if (row.pValue() == null) {
                assertThat(row.verdict()).isEqualTo(Verdict.TOO_FEW);
            }
        }
    }

    @Test
    void holdAndScorelessCandlesHaveNoOpportunityBucket() {
        assertThat(OpportunityBucket.indexOf(SignalType.HOLD, 90)).isEqualTo(-1);
        assertThat(OpportunityBucket.indexOf(SignalType.BUY, Double.NaN)).isEqualTo(-1);
        assertThat(OpportunityBucket.ALL
                        .get(OpportunityBucket.indexOf(SignalType.BUY, 80))
                        .opportunity())
                .isEqualTo("80-100");
        assertThat(OpportunityBucket.ALL
                        .get(OpportunityBucket.indexOf(SignalType.SELL, 39))
                        .opportunity())
                .isEqualTo("0-39");
    }

    private static SideBaseline baselineFor(SignalType signal, int horizon) {
        return quick.buckets().stream()
                .filter(b -> b.signal() == signal && b.horizon() == horizon)
                .findFirst()
                .orElseThrow()
                .baseline();
    }
}
